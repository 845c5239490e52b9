import { ROLE_LABELS } from './labels';
import type { FieldViolation } from './limits';
import { MEMBER_ROLES, Role, ROLES } from './roles';

/**
 * Roles that must never be held together: OVERSIGHT watches the members, so it is never one of
 * them, and ADMIN, which can create accounts, never also works inside plans.
 */
export const EXCLUSIVE_ROLES: ReadonlyArray<{ role: Role; never: readonly Role[] }> = [
  { role: Role.OVERSIGHT, never: MEMBER_ROLES },
  { role: Role.ADMIN, never: MEMBER_ROLES },
];

const listOf = (labels: readonly string[]) => (labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`);

/**
 * The roles one account may hold: at least one, all known, and no forbidden combination.
 * Used by the API for every role grant or change, and by the web account form.
 */
export function checkRoles(field: string, roles: readonly string[] | null | undefined): FieldViolation | null {
  const held = [...new Set(roles ?? [])];
  if (held.length === 0) return { field, message: 'Give the user at least one role.' };
  if (held.some((role) => !(ROLES as readonly string[]).includes(role))) return { field, message: 'Unknown role.' };
  for (const { role, never } of EXCLUSIVE_ROLES) {
    if (held.includes(role) && never.some((other) => held.includes(other))) {
      return { field, message: `${ROLE_LABELS[role]} cannot be combined with ${listOf(never.map((other) => ROLE_LABELS[other]))}.` };
    }
  }
  return null;
}
