import { z } from './zod';
import { checkPassword, type PasswordPolicyOptions } from '../password-policy';
import { accountFields } from './accounts';
import { checkedBy } from './fields';

/** A new password, held to the password policy. */
export function newPassword(options: PasswordPolicyOptions = {}) {
  return checkedBy(z.string().nullish(), (field, value) => checkPassword(field, value, options));
}

/**
 * A new account with its password. Only in `@jointops/domain/passwords`: the policy's dictionary
 * of common passwords stays out of whatever does not set a password.
 */
export function accountSchema(options: PasswordPolicyOptions = {}) {
  const { email, displayName, roles, agencyId } = accountFields;
  return z.object({ email, displayName, password: newPassword(options), roles, agencyId });
}
