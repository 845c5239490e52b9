import type { FieldViolation } from './limits';

export const Role = {
  ADMIN: 'ADMIN',
  PLANNER: 'PLANNER',
  AGENCY_LEAD: 'AGENCY_LEAD',
  OFFICER: 'OFFICER',
  OVERSIGHT: 'OVERSIGHT',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

export const AgencyLevel = {
  FEDERAL: 'FEDERAL',
  STATE: 'STATE',
  LOCAL: 'LOCAL',
  TRIBAL: 'TRIBAL',
} as const;
export type AgencyLevel = (typeof AgencyLevel)[keyof typeof AgencyLevel];
export const AGENCY_LEVELS: readonly AgencyLevel[] = Object.values(AgencyLevel);

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  PLANNER: 'Planner',
  AGENCY_LEAD: 'Agency lead',
  OFFICER: 'Officer',
  OVERSIGHT: 'Oversight',
};

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((role) => held.includes(role));
}

/** Roles that may change plan content (docs/architecture.md#permissions). */
export const CONTENT_EDITOR_ROLES: readonly Role[] = [Role.PLANNER, Role.AGENCY_LEAD];

/**
 * Who reads `transparencyReport`, whose figures are exact: OVERSIGHT only. Exact counts over a
 * short period pick out single operations, so agency leads get the published figures instead.
 */
export const TRANSPARENCY_REPORT_ROLES: readonly Role[] = [Role.OVERSIGHT];

export function mayReadTransparencyReport(roles: readonly string[]): boolean {
  return TRANSPARENCY_REPORT_ROLES.some((role) => roles.includes(role));
}

/** Roles that make a user of a participating agency a member of a plan. */
export const MEMBER_ROLES: readonly Role[] = [Role.PLANNER, Role.AGENCY_LEAD, Role.OFFICER];

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

/** Roles that see every account's email. */
export const DIRECTORY_ROLES: readonly Role[] = [Role.ADMIN, Role.OVERSIGHT];

/**
 * Whose email a user may read, wherever a user appears (lists, plan creators, assignees, approvals,
 * presence): ADMIN and OVERSIGHT everyone's, anyone else only their own agency's.
 */
export function mayReadEmailOf(viewer: { roles: readonly string[]; agencyId: string } | null | undefined, subjectAgencyId: string): boolean {
  if (!viewer) return false;
  return DIRECTORY_ROLES.some((role) => viewer.roles.includes(role)) || viewer.agencyId === subjectAgencyId;
}
