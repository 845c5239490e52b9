/**
 * Single sign-on with OpenID Connect (issue 15): the rules the API applies to the identity
 * provider's ID token, and the words the API and the sign-in page share for each outcome.
 */
export const SINGLE_SIGN_ON_POLICY = {
  /** A started sign-in (its state, nonce and PKCE verifier, kept on the server) is usable once, for this long. */
  loginMinutes: 10,
  /** What JointOps asks the provider for: an ID token with the user's email and whether it is verified. */
  scope: 'openid email',
} as const;

/**
 * `amr` values (RFC 8176) that show the provider checked a second factor: `mfa` and `mca` say so
 * outright; the others are a possession or inherence factor (one-time code, hardware or software
 * key, smart card, biometrics). Knowledge factors (`pwd`, `pin`, `kba`) do not count, nor do
 * `sms` and `tel`, which NIST SP 800-63B restricts.
 */
export const SECOND_FACTOR_AMR: readonly string[] = ['mfa', 'mca', 'otp', 'hwk', 'swk', 'sc', 'fpt', 'face', 'iris', 'retina', 'vbm'];

/** Whether an ID token's `amr` claim shows a second factor. Anything but an array of strings shows none. */
export function amrShowsSecondFactor(amr: unknown): boolean {
  return Array.isArray(amr) && amr.some((value) => typeof value === 'string' && SECOND_FACTOR_AMR.includes(value.toLowerCase()));
}

/**
 * Why a single sign-on did not open a session: the callback redirects to `/sign-in?sso=<key>` and
 * the sign-in page says what happened. Nothing is created for any of them.
 */
export const SSO_FAILURES = [
  /** Single sign-on is not configured, or the provider could not be reached. */
  'unavailable',
  /** The callback's `state` is unknown, expired, already used, or was started in another browser. */
  'state',
  /** The provider answered an error (or the user cancelled), or its code or ID token did not verify. */
  'provider',
  /** The ID token has no email, or does not say `email_verified: true`. */
  'unverified-email',
  /** No JointOps account has that email. */
  'no-account',
  /** The account is disabled. */
  'disabled',
  /** Too many failed sign-ins: the account is locked for now. */
  'locked',
] as const;

export type SsoFailure = (typeof SSO_FAILURES)[number];

export function isSsoFailure(value: unknown): value is SsoFailure {
  return typeof value === 'string' && (SSO_FAILURES as readonly string[]).includes(value);
}
