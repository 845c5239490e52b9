import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from '../web/session-cookie';

/** The root pino logger, for services that log outside a request. */
export const APP_LOGGER = Symbol('APP_LOGGER');

export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'jointops-api' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], remove: true },
  });
}

/** Paths whose query carries one-time secrets (the identity provider's code and state). */
const SECRET_QUERY_PATHS = ['/auth/oidc/callback'];

/** Headers that carry a client's address past a proxy. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

interface LoggedRequest {
  url?: string;
  query?: unknown;
  headers?: Record<string, unknown>;
  remoteAddress?: string;
  remotePort?: number;
}

/** A request with no session: neither a bearer token nor the session cookie. */
function anonymous(headers: Record<string, unknown> | undefined): boolean {
  if (!headers) return false;
  if (typeof headers['authorization'] === 'string' && headers['authorization'].trim() !== '') return false;
  const cookie = typeof headers['cookie'] === 'string' ? headers['cookie'] : '';
  return !cookie.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

/**
 * The request as the HTTP log writes it (pino-http's serializer, after the standard one):
 * - the single sign-on callback without its query, whose code and state are nobody's to read;
 * - a request without a session (the public side: a complaint, its status, published figures;
 *   sign-in) without the client's address or forwarding headers. The complaint rate limit keeps
 *   addresses only as a keyed hash, for 30 days; a log line must not keep them longer in clear.
 */
export function logRequest<T extends LoggedRequest>(req: T): T {
  const path = (req.url ?? '').split('?')[0];
  if (SECRET_QUERY_PATHS.includes(path)) {
    req.url = path;
    req.query = {};
  }
  if (anonymous(req.headers)) {
    delete req.remoteAddress;
    delete req.remotePort;
    req.headers = Object.fromEntries(Object.entries(req.headers ?? {}).filter(([name]) => !FORWARDING_HEADERS.includes(name.toLowerCase())));
  }
  return req;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reuses a load balancer's X-Request-Id when it looks sane, else mints one; echoes it back. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * Start-up progress for a person at a terminal: plain lines in development,
 * structured log records in production.
 */
export function progressReporter(config: Pick<AppConfig, 'production'>, logger: Logger): (message: string) => void {
  if (config.production) return (message) => logger.info(message);
  return (message) => process.stdout.write(`jointops  ${message}\n`);
}
