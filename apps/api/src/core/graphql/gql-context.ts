import type { Request } from 'express';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';
import type { Loaders } from '../dataloaders/dataloader.service';

/** What every resolver sees, over HTTP and over graphql-ws alike. */
export interface GqlContext {
  transport: 'http' | 'ws';
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /**
   * The session token: the bearer token from the Authorization header or connectionParams.authorization,
   * else the browser's `jointops_session` cookie (core/web/session-cookie.ts).
   */
  token: string | null;
  /** Set by SessionGuard; one session lookup per operation, shared by its root fields. */
  auth?: AuthenticatedUser;
  authLookup?: Promise<AuthenticatedUser | null>;
  /** Per-operation DataLoaders, so field resolvers batch instead of querying per row. */
  loaders: Loaders;
  req?: Request;
  /** Set over graphql-ws: state kept per socket (presence) is keyed by it. */
  connectionId?: string;
  /**
   * Set on the context of a shared subscription execution (shared-delivery.ts): one payload made
   * for many subscribers, each of whose reads was recorded when its subscription started.
   */
  shared?: boolean;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export function requestMeta(context: GqlContext): RequestMeta {
  return { ip: context.ip, userAgent: context.userAgent, requestId: context.requestId };
}

/** `Bearer abc` -> `abc`; anything else -> null. */
export function bearerToken(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}
