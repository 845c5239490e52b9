import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { tap, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { GqlContext } from '../graphql/gql-context';
import { clearSessionCookie, SESSION_COOKIE_MAX_AGE_MS, setSessionCookie } from './session-cookie';

/** The mutation that ends the caller's session, whose answer drops the cookie. */
const LOGOUT = 'logout';

interface SessionPayload {
  token: string;
  expiresAt: Date;
}

function isSessionPayload(value: unknown): value is SessionPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt } = value as Record<string, unknown>;
  return typeof token === 'string' && token.length > 0 && expiresAt instanceof Date;
}

/**
 * Puts the browser's session in its cookie. On the resolver classes that open and end sessions
 * (AuthResolver, SecondFactorResolver): a mutation over HTTP that resolves to a session (an
 * AuthPayload: `token` and `expiresAt`; login, completeLogin, reauthenticate) sets the
 * `jointops_session` cookie on the answer; `logout` clears it once the session is revoked. Over
 * graphql-ws there is no HTTP answer to carry a cookie, so nothing happens there. A mutation that
 * fails sets nothing.
 */
@Injectable()
export class SessionCookieInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'production'>) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(execution);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const context = gql.getContext<GqlContext>();
    // Express gives every request its response as `req.res`.
    const res: Response | undefined = context.transport === 'http' ? context.req?.res : undefined;
    if (!res || info.parentType.name !== 'Mutation') return next.handle();
    const options = { secure: this.config.production };
    return next.handle().pipe(
      tap((result) => {
        if (res.headersSent) return;
        if (info.fieldName === LOGOUT) clearSessionCookie(res, options);
        // Real time, not the settable Clock: the browser counts Max-Age on its own clock.
        else if (isSessionPayload(result)) setSessionCookie(res, result.token, new Date(Date.now() + SESSION_COOKIE_MAX_AGE_MS), options);
      }),
    );
  }
}
