import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, can, ROLE_LABELS, ROLES } from '@jointops/domain';

export { AGENCY_LEVEL_LABELS as LEVEL_LABELS, AGENCY_LEVELS, ROLE_LABELS, ROLES };

/** Agencies and accounts are managed by administrators alone: `can` in libs/domain (docs/architecture.md#permissions). */
export function isAdmin(roles: readonly string[]): boolean {
  return can({ roles }, 'agency.create') && can({ roles }, 'user.create');
}
