import { enumOf, type EnumValue } from './enums';

export const Role = enumOf('ADMIN', 'PLANNER', 'AGENCY_LEAD', 'OFFICER', 'OVERSIGHT');
export type Role = EnumValue<typeof Role>;
export const ROLES: readonly Role[] = Object.values(Role);

export const AgencyLevel = enumOf('FEDERAL', 'STATE', 'LOCAL', 'TRIBAL');
export type AgencyLevel = EnumValue<typeof AgencyLevel>;
export const AGENCY_LEVELS: readonly AgencyLevel[] = Object.values(AgencyLevel);

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((role) => held.includes(role));
}

/** Roles that may change plan content (who exactly may do what: permissions.ts). */
export const CONTENT_EDITOR_ROLES: readonly Role[] = [Role.PLANNER, Role.AGENCY_LEAD];

/**
 * Who reads `transparencyReport`, whose figures are exact: OVERSIGHT only. Exact counts over a
 * short period pick out single operations, so agency leads get the published figures instead.
 */
export const TRANSPARENCY_REPORT_ROLES: readonly Role[] = [Role.OVERSIGHT];

/** Roles that make a user of a participating agency a member of a plan. */
export const MEMBER_ROLES: readonly Role[] = [Role.PLANNER, Role.AGENCY_LEAD, Role.OFFICER];

/**
 * Whether a person can hold a role in an operation: a planner, agency lead or officer. Oversight
 * and administrators take no part in operations (oversight writes nothing on plans).
 */
export function takesPartInOperations(roles: readonly Role[]): boolean {
  return hasAnyRole(roles, MEMBER_ROLES);
}

/** An account as the sign-off rule reads it. */
export interface SignerState {
  agencyId: string;
  roles: readonly Role[];
  active: boolean;
}

/**
 * The agencies whose "has an agency lead who can sign" may have changed when an account went from
 * `before` to `after` (null: it did not exist): an active AGENCY_LEAD signs for their agency. Plans
 * of these agencies are told their readiness may have changed (AGENCY_WITHOUT_LEAD).
 */
export function signerAgenciesChanged(before: SignerState | null, after: SignerState | null): string[] {
  const signsFor = (state: SignerState | null) => (state?.active && state.roles.includes(Role.AGENCY_LEAD) ? state.agencyId : null);
  const [was, is] = [signsFor(before), signsFor(after)];
  if (was === is) return [];
  return [was, is].filter((agencyId): agencyId is string => agencyId !== null);
}

/** Roles that see every account and its email. */
export const DIRECTORY_ROLES: readonly Role[] = [Role.ADMIN, Role.OVERSIGHT];
