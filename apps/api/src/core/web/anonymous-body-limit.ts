import { json, type Request, type RequestHandler } from 'express';
import { requestToken } from './session-cookie';

/** Whether a token names a session that may be used now (unknown, revoked or expired: false). */
export type SessionCheck = (token: string) => Promise<boolean>;

/**
 * A smaller JSON body limit for requests that carry no session (the public complaint form,
 * sign-in): over `limit` bytes they are refused with 413 before the body is parsed. A request with
 * a session goes on to the general parser and its limit (QUERY_LIMITS.maxBodyBytes); body-parser
 * marks a parsed request, so the general parser then leaves it alone.
 *
 * A token alone proves nothing: anyone can send `Authorization: Bearer x`. A body that may be over
 * the anonymous limit (a larger Content-Length, or none with a chunked body) is let through to
 * the general limit only once `isSession` has found the token's session; smaller bodies and
 * requests without one cost no lookup (the session guard checks every request anyway).
 */
export function anonymousBodyLimit(limit: number, isSession: SessionCheck): RequestHandler {
  const parse = json({ limit });
  return (req, res, next) => {
    const token = requestToken(req);
    if (!token) return parse(req, res, next);
    if (!mayExceed(req, limit)) return next();
    isSession(token).then(
      (known) => (known ? next() : parse(req, res, next)),
      (error: unknown) => next(error),
    );
  };
}

/** A JSON body that may hold more than `limit` bytes: a larger declared length, or a chunked body of unknown length. */
function mayExceed(req: Request, limit: number): boolean {
  if (!req.is('application/json') && !req.is('application/*+json')) return false;
  const declared = req.headers['content-length'];
  if (declared !== undefined) return Number(declared) > limit;
  return req.headers['transfer-encoding'] !== undefined;
}
