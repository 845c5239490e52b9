import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { SINGLE_SIGN_ON_POLICY, type SsoFailure } from '@jointops/domain';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { setSessionCookie } from '../../core/web/session-cookie';
import { SsoService, type SsoOutcome } from './sso.service';

/** What the sign-in page may offer: public facts, neither the issuer nor the client id. */
export interface SignInOptions {
  /** Single sign-on with the agency identity provider is configured: the page offers "Sign in with your agency". */
  sso: boolean;
}

/** Binds a started sign-in to the browser that started it (against login CSRF). Lax: it must come back with the provider's redirect. */
export const BROWSER_COOKIE = 'jointops_oidc';
const BROWSER_COOKIE_PATH = '/auth/oidc';
const SIGN_IN_PAGE = '/sign-in';

/**
 * GET /auth/oidc/options tells the sign-in page whether single sign-on is offered (public, carries
 * no secret; an HTTP route because GraphQL answers nothing but the seven anonymous operations of
 * DESIGN section 8 without a session). GET /auth/oidc/start sends the browser to the identity provider; GET /auth/oidc/callback is
 * where it comes back (the redirect URI to register with the provider). Both answer a redirect,
 * never a page: to the provider, or back to the sign-in page, which reads what happened from
 * `?sso=<failure>` or, when signed in or a second factor is needed, from the URL's fragment
 * (never sent to a server or written to its logs). The session itself travels only in the
 * HttpOnly session cookie.
 */
@Controller('auth/oidc')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('options')
  options(@Res({ passthrough: true }) res: Response): SignInOptions {
    res.setHeader('Cache-Control', 'no-store');
    return { sso: this.sso.configured };
  }

  @Get('start')
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    const started = await this.sso.start(`${req.protocol}://${req.get('host') ?? 'localhost'}`, meta(req));
    if (started.kind === 'failed') return this.failed(res, started.failure);
    res.cookie(BROWSER_COOKIE, started.browserToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      path: BROWSER_COOKIE_PATH,
      maxAge: SINGLE_SIGN_ON_POLICY.loginMinutes * 60_000,
    });
    redirect(res, started.url);
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const state = typeof req.query['state'] === 'string' ? req.query['state'] : null;
    const search = new URL(req.originalUrl, 'http://callback.invalid').search;
    const outcome = await this.sso.callback({ state, search, browserToken: cookieValue(req, BROWSER_COOKIE) }, meta(req));
    // The binding cookie goes with the sign-in it bound; a callback that matched none (a forged
    // state, a stale tab) leaves it for the one still under way.
    if (outcome.kind !== 'failed' || outcome.failure !== 'state') {
      res.clearCookie(BROWSER_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.production, path: BROWSER_COOKIE_PATH });
    }
    if (outcome.kind === 'failed') return this.failed(res, outcome.failure);
    if (outcome.kind === 'signed-in') {
      // The session opens in the browser: the same HttpOnly cookie a password sign-in sets.
      setSessionCookie(res, outcome.result.token, outcome.result.expiresAt, { secure: this.config.production });
    }
    redirect(res, `${SIGN_IN_PAGE}#${handoff(outcome)}`);
  }

  private failed(res: Response, failure: SsoFailure): void {
    redirect(res, `${SIGN_IN_PAGE}?sso=${failure}`);
  }
}

/**
 * The fragment the sign-in page reads: `sso=signed-in` with the session's non-secret facts
 * (readSsoSession in apps/web/src/auth/sso-handoff.ts), or `sso=challenge` with the one-time
 * challenge and its methods for completeLogin (the page's handedOverSecondFactor).
 */
export function handoff(outcome: Exclude<SsoOutcome, { kind: 'failed' }>): string {
  if (outcome.kind === 'challenge') {
    return new URLSearchParams({ sso: 'challenge', challenge: outcome.challenge, methods: outcome.methods.join(','), expiresInSeconds: String(outcome.expiresInSeconds) }).toString();
  }
  const { expiresAt, mustChangePassword, restricted } = outcome.result;
  return new URLSearchParams({ sso: 'signed-in', expiresAt: expiresAt.toISOString(), mustChangePassword: String(mustChangePassword), restricted: String(restricted) }).toString();
}

function redirect(res: Response, location: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(303, location);
}

function meta(req: Request & { id?: unknown }): RequestMeta {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null, requestId: String(req.id ?? '') };
}

function cookieValue(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}
