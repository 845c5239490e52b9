import { z } from './zod';
import { checkPassword, type PasswordPolicyOptions } from '../password-policy';
import { accountFields } from './accounts';
import { checkedBy } from './fields';
import { canonicalOneTimePassword } from '../one-time-password';

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

/** After an administrator's reset the current password is the one-time one, and the messages say so. */
const ONE_TIME_MESSAGES = {
  ...CHANGE_PASSWORD_MESSAGES,
  currentMissing: 'Enter the one-time password your administrator gave you.',
  currentWrong: 'That one-time password is not correct.',
  sameAsCurrent: 'Choose a password different from the one-time one.',
} as const;

/** The messages of a password change; `oneTime`: the user is replacing an administrator's one-time password. */
export function changePasswordMessages(oneTime = false): Record<keyof typeof CHANGE_PASSWORD_MESSAGES, string> {
  return oneTime ? ONE_TIME_MESSAGES : CHANGE_PASSWORD_MESSAGES;
}

function changeSchema(oneTime: boolean, confirm: boolean) {
  const messages = changePasswordMessages(oneTime);
  // A one-time password is the same typed in capitals or without its dashes.
  const same = (current: string, next: string) => (oneTime ? canonicalOneTimePassword(current) === canonicalOneTimePassword(next) : current === next);
  const currentPassword = z.string({ error: messages.currentMissing }).min(1, messages.currentMissing);
  const fields = { currentPassword, newPassword: newPassword() };
  const shape = confirm ? z.object({ ...fields, confirmPassword: z.string() }) : z.object(fields);
  return shape.superRefine((value: { currentPassword?: string; newPassword?: string | null; confirmPassword?: string }, ctx) => {
    if (value.currentPassword && value.newPassword && same(value.currentPassword, value.newPassword)) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: messages.sameAsCurrent });
    }
    if (confirm && value.confirmPassword !== value.newPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: messages.confirmMismatch });
  });
}

/** `changePassword`: the current password (checked by the server) and a new one held to the policy, not the same. */
export const changePasswordSchema = (oneTime = false) => changeSchema(oneTime, false);

/** The web's change-password form: the same, and the new password typed twice. */
export const changePasswordFormSchema = (oneTime = false) => changeSchema(oneTime, true);

/** `resetUserCredentials`' one-time password, held to the policy like any other. */
export const temporaryPasswordSchema = z.object({ temporaryPassword: newPassword() });
