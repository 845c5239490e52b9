import { AGENCY_LEVELS, Role, ROLE_LABELS, ROLES, type AgencyLevel } from '@jointops/domain';

export const LEVEL_LABELS: Record<AgencyLevel, string> = { FEDERAL: 'Federal', STATE: 'State', LOCAL: 'Local', TRIBAL: 'Tribal' };
export { AGENCY_LEVELS, ROLE_LABELS, ROLES };

/** Agencies and accounts are managed by administrators alone (docs/architecture.md#permissions). */
export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes(Role.ADMIN);
}
