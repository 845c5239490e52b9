import type { ErrorRequestHandler } from 'express';
import { COMPLAINT_MAX_BODY_BYTES, ErrorCode } from '@jointops/domain';

/** What body-parser says of a request it refused (its `type` and `status`; `limit` for a body too large). */
interface BodyError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The sentence and status for a body the parser refused; null for anything else. */
export function bodyRefusal(error: BodyError): { status: number; message: string } | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, message: 'The request body is not valid JSON.' };
    case 'entity.too.large': {
      // The smaller limit is the one for requests without a session (bootstrap.ts, anonymousBodyLimit).
      const limit = typeof error.limit === 'number' ? ` (at most ${sizeInWords(error.limit)}${error.limit === COMPLAINT_MAX_BODY_BYTES ? ' without signing in' : ''})` : '';
      return { status: 413, message: `The request body is too large${limit}.` };
    }
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, message: 'The request body must be JSON in UTF-8, without a content encoding.' };
    case 'request.size.invalid':
    case 'request.aborted':
      return { status: 400, message: 'The request body ended before its declared length.' };
    default:
      return null;
  }
}

/**
 * Answers a body the JSON parser refused (malformed, too large, in an unsupported encoding) the way
 * every other refusal is answered: a GraphQL-shaped error with `extensions.code`, in words of our
 * own, not the parser's message. A client's mistake, so it is not logged as a server error (the
 * request log still records the status). Anything else goes on to Nest's handling.
 */
export function bodyErrors(): ErrorRequestHandler {
  return (error: BodyError, _req, res, next) => {
    const refusal = error && typeof error === 'object' ? bodyRefusal(error) : null;
    if (!refusal) return next(error);
    res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
  };
}
