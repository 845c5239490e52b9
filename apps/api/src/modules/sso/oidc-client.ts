import { Inject, Injectable } from '@nestjs/common';
import { SINGLE_SIGN_ON_POLICY } from '@jointops/domain';
import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../core/config/app-config';
import { importEsm } from './import-esm';

/** Seconds the provider has to answer discovery, the token request or its keys. */
const PROVIDER_TIMEOUT_SECONDS = 10;

interface Discovered {
  lib: typeof OpenIdClient;
  configuration: OpenIdClient.Configuration;
}

/** The one-time values of a started sign-in, kept on the server until the provider sends the user back. */
export interface SignInSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The ID token's claims, verified (signature, issuer, audience, expiry, nonce). */
export type IdTokenClaims = OpenIdClient.IDToken;

/** The provider could not be reached or described itself wrongly (discovery). */
export class ProviderUnavailableError extends Error {}

/**
 * The relying party: openid-client 6 (authorization code flow with PKCE, a confidential client
 * authenticating with client_secret_basic). The provider is discovered on first use and then kept;
 * a failed discovery is tried again by the next sign-in.
 */
@Injectable()
export class OidcClient {
  private discovery: Promise<Discovered> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.oidc !== null;
  }

  get issuer(): string | null {
    return this.config.oidc?.issuer ?? null;
  }

  /** Fresh state, nonce and PKCE verifier, and the URL that sends the browser to the provider with them. */
  async authorizationUrl(redirectUri: string): Promise<{ url: string; secrets: SignInSecrets }> {
    const { lib, configuration } = await this.discovered();
    const secrets: SignInSecrets = { state: lib.randomState(), nonce: lib.randomNonce(), codeVerifier: lib.randomPKCECodeVerifier() };
    const url = lib.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: SINGLE_SIGN_ON_POLICY.scope,
      response_type: 'code',
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await lib.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, secrets };
  }

  /**
   * Trades the code in the callback's URL (`currentUrl`: the redirect URI the sign-in started with,
   * plus the query the provider sent) for tokens and answers the verified ID token's claims.
   * Throws when the provider answered an error, the code was refused (used twice, expired), or
   * the ID token does not verify.
   */
  async exchange(currentUrl: URL, secrets: SignInSecrets): Promise<IdTokenClaims> {
    const { lib, configuration } = await this.discovered();
    const tokens = await lib.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: secrets.codeVerifier,
      expectedState: secrets.state,
      expectedNonce: secrets.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider answered no ID token.');
    return claims;
  }

  private discovered(): Promise<Discovered> {
    const oidc = this.config.oidc;
    if (!oidc) return Promise.reject(new ProviderUnavailableError('Single sign-on is not configured.'));
    this.discovery ??= discover(oidc).catch((error: unknown) => {
      this.discovery = null;
      throw new ProviderUnavailableError(error instanceof Error ? error.message : String(error));
    });
    return this.discovery;
  }
}

async function discover(oidc: OidcConfig): Promise<Discovered> {
  const lib = await importEsm<typeof OpenIdClient>('openid-client');
  const issuer = new URL(oidc.issuer);
  const configuration = await lib.discovery(issuer, oidc.clientId, undefined, lib.ClientSecretBasic(oidc.clientSecret), {
    // http:// issuers are refused unless allowed; configProblems refuses them in production.
    execute: issuer.protocol === 'http:' ? [lib.allowInsecureRequests] : [],
    timeout: PROVIDER_TIMEOUT_SECONDS,
  });
  configuration.timeout = PROVIDER_TIMEOUT_SECONDS;
  return { lib, configuration };
}
