import type { Request } from 'express';
import { isAllowedOrigin } from '../../core/web/browser-origin';
import { AuthException, AuthExceptionCode } from './auth.exception';

/** The WebAuthn relying party of one ceremony: the browser origin it runs on, and its host as the RP ID. */
export interface RelyingParty {
  origin: string;
  id: string;
}

export const RP_NAME = 'JointOps';

/**
 * The relying party for a ceremony started by this request. The server answers at several
 * addresses (localhost:3000 in development, 127.0.0.1:<port> in tests, a real host behind nginx),
 * so it is the page's own origin: the Origin header when the server answers that origin (the
 * WebSocket's rule, browser-origin.ts), else, when the browser sent none or "null", the server's
 * own origin from the Host header and the protocol (X-Forwarded-Proto from a trusted proxy).
 * The browser then checks that the RP ID is the page's host, and the response is checked against
 * the origin stored with the challenge.
 */
export function relyingPartyOf(request: Request | undefined, webOrigins: readonly string[]): RelyingParty {
  const host = request?.headers.host;
  if (!request || !host) {
    throw new AuthException(AuthExceptionCode.ORIGIN_NOT_ALLOWED, 'Passkeys are set up and used from the JointOps web app, over HTTP(S).', { reason: 'ORIGIN_NOT_ALLOWED' });
  }
  const header = request.headers.origin;
  const origin = header && header !== 'null' ? header : `${request.protocol}://${host}`;
  if (!isAllowedOrigin(origin, host, webOrigins)) {
    throw new AuthException(AuthExceptionCode.ORIGIN_NOT_ALLOWED, 'Passkeys work only on the address JointOps is served from.', { reason: 'ORIGIN_NOT_ALLOWED' });
  }
  return { origin, id: new URL(origin).hostname };
}

/** The relying party a stored challenge was issued for; null when it has none (it then never verifies). */
export function relyingPartyOfOrigin(origin: string | null): RelyingParty | null {
  if (!origin) return null;
  try {
    return { origin, id: new URL(origin).hostname };
  } catch {
    return null;
  }
}
