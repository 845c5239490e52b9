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

export const CHANGE_PASSWORD_MESSAGES = {
  currentMissing: 'Enter your current password.',
  currentWrong: 'Your current password is not correct.',
  sameAsCurrent: 'Choose a password different from your current one.',
  confirmMismatch: 'The two new passwords do not match.',
} as const;

const currentPassword = z.string({ error: CHANGE_PASSWORD_MESSAGES.currentMissing }).min(1, CHANGE_PASSWORD_MESSAGES.currentMissing);

/** `changePassword`: the current password (checked by the server) and a new one held to the policy, not the same. */
export const changePasswordSchema = z
  .object({ currentPassword, newPassword: newPassword() })
  .superRefine((value, ctx) => {
    if (value.currentPassword && value.newPassword && value.currentPassword === value.newPassword) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: CHANGE_PASSWORD_MESSAGES.sameAsCurrent });
    }
  });

/** The web's change-password form: the same, and the new password typed twice. */
export const changePasswordFormSchema = z
  .object({ currentPassword, newPassword: newPassword(), confirmPassword: z.string() })
  .superRefine((value, ctx) => {
    if (value.currentPassword && value.newPassword && value.currentPassword === value.newPassword) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: CHANGE_PASSWORD_MESSAGES.sameAsCurrent });
    }
    if (value.confirmPassword !== value.newPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: CHANGE_PASSWORD_MESSAGES.confirmMismatch });
  });

/** `resetUserCredentials`' one-time password, held to the policy like any other. */
export const temporaryPasswordSchema = z.object({ temporaryPassword: newPassword() });
