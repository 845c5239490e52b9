import type { FieldViolation } from './limits';
import { Role } from './roles';

/**
 * What an administrator may not do to their own account, so that no one locks themselves (or the
 * deployment's last administrator) out by mistake. The API refuses these with BAD_USER_INPUT;
 * the web does not offer them.
 */
export const SELF_ADMINISTRATION_MESSAGES = {
  disable: 'You cannot disable your own account.',
  dropAdmin: 'You cannot remove the Administrator role from your own account.',
  reset: 'Use "Change password" to change your own password.',
} as const;

export interface AccountChange {
  actorId: string;
  targetId: string;
  /** The roles the account would hold after the change, when the change sets them. */
  roles?: readonly string[] | null;
  /** False when the change disables the account. */
  active?: boolean | null;
  /** True when the change resets the account's credentials. */
  reset?: boolean;
}

/** The refusal of a change an administrator makes to their own account, naming the field; null when allowed. */
export function selfAdministrationViolation(change: AccountChange, fieldPrefix = ''): FieldViolation | null {
  if (change.actorId !== change.targetId) return null;
  if (change.active === false) return { field: `${fieldPrefix}active`, message: SELF_ADMINISTRATION_MESSAGES.disable };
  if (change.roles != null && !change.roles.includes(Role.ADMIN)) return { field: `${fieldPrefix}roles`, message: SELF_ADMINISTRATION_MESSAGES.dropAdmin };
  if (change.reset) return { field: 'id', message: SELF_ADMINISTRATION_MESSAGES.reset };
  return null;
}
