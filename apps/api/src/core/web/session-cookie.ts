import { SESSION_POLICY } from '@jointops/domain';
import cookieParser from 'cookie-parser';
import type { CookieOptions, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { bearerToken } from '../graphql/gql-context';

/**
 * The browser's session: the same opaque token an API client sends as `Authorization: Bearer`,
 * kept where page scripts cannot read it. Requests read the bearer header first, then this.
 */
export const SESSION_COOKIE = 'jointops_session';

/**
 * How long the browser keeps the cookie: the session's absolute lifetime (12 hours). Not the idle
 * expiry: that slides with every request, and a cookie written once at sign-in cannot follow it
 * without a Set-Cookie on every answer, so an idle-length cookie would sign out a busy user after
 * 30 minutes. The server stays the authority on both limits: a cookie whose session went idle,
 * reached its absolute end or was revoked is refused like any unknown token.
 */
export const SESSION_COOKIE_MAX_AGE_MS = SESSION_POLICY.absoluteLifetimeHours * 3_600_000;

export interface SessionCookieOptions {
  /** `Secure`: sent over HTTPS only. On in production (where TLS ends at the proxy in front). */
  secure: boolean;
}

function attributes({ secure }: SessionCookieOptions): CookieOptions {
  // No Domain: the cookie goes to this host only, never to its subdomains.
  return { httpOnly: true, sameSite: 'strict', path: '/', secure };
}

/** Sets the session cookie on an HTTP answer; it lapses at `expiresAt` (Max-Age and Expires). */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, options: SessionCookieOptions): void {
  // Whole seconds, rounded up: Max-Age is in seconds, and the milliseconds spent since the session
  // row was written would otherwise turn a 12-hour session's 43200 into 43199 (the server decides anyway).
  const maxAge = Math.max(0, Math.ceil((expiresAt.getTime() - Date.now()) / 1000) * 1000);
  res.cookie(SESSION_COOKIE, token, { ...attributes(options), maxAge });
}

/** Tells the browser to drop the session cookie (an Expires in the past, same name, path and flags). */
export function clearSessionCookie(res: Response, options: SessionCookieOptions = { secure: false }): void {
  res.clearCookie(SESSION_COOKIE, attributes(options));
}

const parseCookies = cookieParser();

type CookieRequest = IncomingMessage & { cookies?: Record<string, unknown> };

/**
 * A browser marks each request with where it came from (Fetch Metadata). The session cookie is
 * believed only on requests from the app's own origin, or ones the user started (`none`: typed,
 * bookmarked). `SameSite=Strict` already keeps it off requests from other sites; this also keeps
 * it off requests from sibling origins of the same site, which SameSite counts as same-site.
 * A client that sends no such header (older browsers, scripts) is judged by the other defences.
 */
function fromOwnOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * The session token from the `jointops_session` cookie of an HTTP request or a WebSocket upgrade,
 * or null. Works on a bare IncomingMessage too (the upgrade request never passes Express's
 * middleware): cookie-parser fills `cookies` once when no middleware has.
 */
export function sessionTokenFrom(req: IncomingMessage): string | null {
  if (!req.headers.cookie || !fromOwnOrigin(req)) return null;
  const request = req as CookieRequest;
  if (!request.cookies) parseCookies(request as Request, undefined as unknown as Response, () => undefined);
  const value = request.cookies?.[SESSION_COOKIE];
  // The token is 43 base64url characters; anything else cannot be one (cookie-parser also turns "j:…" into objects).
  return typeof value === 'string' && value.length > 0 && value.length <= 128 ? value : null;
}

/** The session token of an HTTP request: an API client's `Authorization: Bearer` first, else the browser's cookie. */
export function requestToken(req: IncomingMessage): string | null {
  return bearerToken(req.headers.authorization) ?? sessionTokenFrom(req);
}
