import { Inject, Injectable } from '@nestjs/common';
import { amrShowsSecondFactor, SESSION_POLICY, SINGLE_SIGN_ON_POLICY, type SsoFailure } from '@jointops/domain';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { AuthException, AuthExceptionCode } from '../auth/auth.exception';
import { AuthService, type LoginResult } from '../auth/auth.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { SecurityLogService } from '../auth/security-log.service';
import { OidcClient, ProviderUnavailableError, type IdTokenClaims } from './oidc-client';
import { SsoRepository } from './sso.repository';

export const CALLBACK_PATH = '/auth/oidc/callback';

export type SsoStart = { kind: 'redirect'; url: string; browserToken: string } | { kind: 'failed'; failure: SsoFailure };

export type SsoOutcome =
  /** A session is open: the caller sets its cookie. */
  | { kind: 'signed-in'; result: LoginResult }
  /** The account has a second factor the provider did not vouch for: `completeLogin(challenge, …)` finishes. */
  | { kind: 'challenge'; challenge: string; methods: string[]; expiresInSeconds: number }
  | { kind: 'failed'; failure: SsoFailure };

/** What the callback received: the `state` parameter, the whole query as sent, and the browser-binding cookie. */
export interface CallbackInput {
  state: string | null;
  search: string;
  browserToken: string | null;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE). `start` keeps a
 * sign-in's state, nonce and PKCE verifier on the server, keyed by the state's hash, and binds it
 * to the browser with a short-lived cookie; `callback` uses that record up (once, within 10
 * minutes), has openid-client trade the code and verify the ID token, and maps its verified email
 * to an existing active account: no account is ever created. Every refusal is security-logged.
 */
@Injectable()
export class SsoService {
  constructor(
    private readonly client: OidcClient,
    private readonly logins: SsoRepository,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.client.configured;
  }

  /** `requestOrigin`: the origin the browser used, for the redirect URI when JOINTOPS_PUBLIC_URL is not set. */
  async start(requestOrigin: string, meta: RequestMeta): Promise<SsoStart> {
    if (!this.client.configured) return { kind: 'failed', failure: 'unavailable' };
    const redirectUri = `${this.config.publicUrl ?? requestOrigin}${CALLBACK_PATH}`;
    let started: Awaited<ReturnType<OidcClient['authorizationUrl']>>;
    try {
      started = await this.client.authorizationUrl(redirectUri);
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
      return this.fail('unavailable', meta, { step: 'discovery', issuer: this.client.issuer, error: error.message });
    }
    const browserToken = randomBytes(SESSION_POLICY.tokenBytes).toString('base64url');
    await this.logins.create({
      stateHash: sha256(started.secrets.state),
      browserHash: sha256(browserToken),
      nonce: started.secrets.nonce,
      codeVerifier: started.secrets.codeVerifier,
      redirectUri,
      minutes: SINGLE_SIGN_ON_POLICY.loginMinutes,
    });
    return { kind: 'redirect', url: started.url, browserToken };
  }

  async callback(input: CallbackInput, meta: RequestMeta): Promise<SsoOutcome> {
    if (!this.client.configured) return this.fail('unavailable', meta, { step: 'callback' });
    const state = input.state && input.state.length <= 128 ? input.state : null;
    // Used up before anything else is looked at: a second callback with the same state (a replayed code) finds nothing.
    const login = state ? await this.logins.consume(sha256(state)) : undefined;
    if (!state || !login) return this.fail('state', meta, { step: 'state', detail: state ? 'unknown, expired or already used' : 'missing' });
    if (!input.browserToken || sha256(input.browserToken) !== login.browser_hash) return this.fail('state', meta, { step: 'state', detail: 'started in another browser' });

    let claims: IdTokenClaims;
    try {
      const currentUrl = new URL(login.redirect_uri);
      currentUrl.search = input.search;
      claims = await this.client.exchange(currentUrl, { state, nonce: login.nonce, codeVerifier: login.code_verifier });
    } catch (error) {
      return this.fail(error instanceof ProviderUnavailableError ? 'unavailable' : 'provider', meta, { step: 'token', ...describeError(error) });
    }

    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    const who = { subject: claims.sub, issuer: claims.iss };
    if (!email || claims.email_verified !== true) return this.fail('unverified-email', meta, { ...who, emailVerified: claims.email_verified ?? null }, email || null);
    const account = await this.logins.findAccount(email);
    if (!account) return this.fail('no-account', meta, who, email);
    if (account.disabled_at) return this.fail('disabled', meta, who, email, account.id);

    // The lockout holds for every first factor; a slot is held while the session opens, as for a password.
    const slot = await this.auth.reserveSlot(email);
    if (slot.kind !== 'granted') {
      await this.securityLog.record({ type: 'LOGIN_REFUSED_LOCKED', userId: account.id, email, ip: meta.ip, requestId: meta.requestId, detail: { method: 'oidc' } });
      return { kind: 'failed', failure: 'locked' };
    }
    const secondFactor = amrShowsSecondFactor(claims.amr);
    try {
      const result = await this.auth.afterFirstFactor({ userId: account.id, email, method: 'oidc', secondFactor }, meta);
      return { kind: 'signed-in', result };
    } catch (error) {
      if (error instanceof AuthException && error.code === AuthExceptionCode.MFA_REQUIRED) {
        const { challenge, methods, expiresInSeconds } = error.extensions as { challenge: string; methods: string[]; expiresInSeconds: number };
        return { kind: 'challenge', challenge, methods, expiresInSeconds };
      }
      await this.throttle.release(email);
      throw error;
    }
  }

  private async fail(failure: SsoFailure, meta: RequestMeta, detail: Record<string, unknown>, email: string | null = null, userId: string | null = null): Promise<{ kind: 'failed'; failure: SsoFailure }> {
    await this.securityLog.record({ type: 'OIDC_LOGIN_FAILED', userId, email, ip: meta.ip, requestId: meta.requestId, detail: { reason: failure, ...detail } });
    return { kind: 'failed', failure };
  }
}

/** What the security log keeps of a provider's refusal: openid-client's error name and code, and the provider's error. */
function describeError(error: unknown): Record<string, unknown> {
  // Not `instanceof Error`: the library's errors may come from another realm (see import-esm.ts).
  if (typeof error !== 'object' || error === null) return { error: String(error) };
  const coded = error as { name?: unknown; message?: unknown; code?: unknown; error?: unknown };
  return { error: coded.name ?? null, code: coded.code ?? null, providerError: coded.error ?? null, message: String(coded.message ?? '').slice(0, 300) };
}
