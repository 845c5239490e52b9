import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { AGREEMENT_DOCUMENT_MAX_BYTES, can, ErrorCode } from '@jointops/domain';
import type { Request, Response } from 'express';
import { AppException, ValidationException } from '../../core/errors/app-exception';
import { requestToken } from '../../core/web/session-cookie';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AuthService } from '../auth/auth.service';
import { AgreementDocumentsService, NOT_A_PDF, TOO_LARGE } from './agreement-documents.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.INVALID_STATE]: 409,
};

/** A JSON refusal in the contract's words: `{ code, message, field? }`. */
function refuse(res: Response, status: number, code: ErrorCode, message: string, field?: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.json(field ? { code, message, field } : { code, message });
}

/** The request body, or null once it passed `max` bytes (the rest is read and dropped, so the answer reaches the client). */
function readBody(req: Request, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size <= max ? Buffer.concat(chunks) : null));
    req.on('error', reject);
  });
}

/**
 * The signed PDF of an agreement, with the bearer token or the browser's session cookie (as the
 * plan exports). POST /agreements/:id/document (ADMIN): the raw PDF as the body with
 * `Content-Type: application/pdf` (a type a cross-site form cannot send), its name in
 * `X-File-Name` (URI-encoded). GET: the document as an attachment, for anyone who may read the
 * agreement; 404 for an agreement one may not read, as for one that does not exist.
 */
@Controller('agreements')
export class AgreementDocumentController {
  constructor(
    private readonly auth: AuthService,
    private readonly documents: AgreementDocumentsService,
  ) {}

  @Post(':id/document')
  async upload(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = await this.user(req, res);
    if (!user) return;
    if (!can(user, 'agreement.manage')) {
      req.resume();
      return refuse(res, 403, ErrorCode.FORBIDDEN, 'Only administrators upload signed agreements.');
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const declared = Number(req.headers['content-length'] ?? 0);
    const body = await readBody(req, AGREEMENT_DOCUMENT_MAX_BYTES);
    if (body === null || declared > AGREEMENT_DOCUMENT_MAX_BYTES) return refuse(res, 413, ErrorCode.BAD_USER_INPUT, TOO_LARGE, 'document');
    if (type !== 'application/pdf') return refuse(res, 415, ErrorCode.BAD_USER_INPUT, NOT_A_PDF, 'document');
    try {
      const stored = await this.documents.upload(user, id, body, header(req, 'x-file-name'));
      res.status(200).setHeader('Cache-Control', 'no-store');
      res.json(stored);
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Get(':id/document')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = await this.user(req, res);
    if (!user) return;
    const document = await this.documents.download(user, id);
    if (!document) return refuse(res, 404, ErrorCode.NOT_FOUND, 'No signed document was found for this agreement.');
    const ascii = document.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.name)}`);
    res.setHeader('Content-Length', String(document.content.length));
    res.setHeader('Cache-Control', 'no-store');
    res.end(document.content);
  }

  /** The caller, or null after answering 401 (no session) or 403 (a session confined to changing its password or enrolling). */
  private async user(req: Request, res: Response): Promise<AuthenticatedUser | null> {
    const token = requestToken(req);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
    else if (user.mustChangePassword || user.restricted) refuse(res, 403, ErrorCode.FORBIDDEN, 'Finish securing your account first.');
    else return user;
    req.resume();
    return null;
  }

  private fail(res: Response, error: unknown): void {
    if (!(error instanceof AppException)) throw error;
    const field = error instanceof ValidationException ? error.violations[0]?.field : undefined;
    refuse(res, STATUS[error.contractCode] ?? 400, error.contractCode, error.message, field);
  }
}

function header(req: Request, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}
