import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, can, checkRequiredText, collectViolations, LIMITS, ROLE_LABELS, ROLES, type FieldViolation } from '@jointops/domain';

/** The API's limit on an agency's short name. */
export const SHORT_NAME_MAX = 32;

export { AGENCY_LEVEL_LABELS as LEVEL_LABELS, AGENCY_LEVELS, ROLE_LABELS, ROLES };

/** Agencies and accounts are managed by administrators alone: `can` in libs/domain (docs/architecture.md#permissions). */
export function isAdmin(roles: readonly string[]): boolean {
  return can({ roles }, 'agency.create') && can({ roles }, 'user.create');
}

export interface AgencyValues {
  name: string;
  shortName: string;
  level: string;
}

/** Field paths are the mutation's (`input.name`), like the server's BAD_USER_INPUT errors. */
export function validateAgency(values: AgencyValues): FieldViolation[] {
  return collectViolations(
    checkRequiredText('input.name', values.name, LIMITS.titleMax),
    checkRequiredText('input.shortName', values.shortName, SHORT_NAME_MAX),
    (AGENCY_LEVELS as readonly string[]).includes(values.level) ? null : { field: 'input.level', message: 'Choose a level.' },
  );
}
