import { Secret, TOTP } from 'otpauth';
import { gqlData } from './task-force';
import type { TestApp } from './test-app';

/** The codes an authenticator app with this secret shows: now, or `steps` periods from now. */
export function totpCode(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** Enrolls an authenticator app for the session's user; answers its secret and recovery codes. */
export async function enrollTotp(t: TestApp, token: string): Promise<{ secret: string; codes: string[] }> {
  const begun = await gqlData(t, `mutation { beginTotpEnrollment { secret otpauthUri qrSvg } }`, {}, token);
  const secret = begun.beginTotpEnrollment.secret as string;
  const confirmed = await gqlData(t, `mutation($c: String!) { confirmTotpEnrollment(code: $c) { codes } }`, { c: totpCode(secret) }, token);
  return { secret, codes: confirmed.confirmTotpEnrollment.codes };
}
