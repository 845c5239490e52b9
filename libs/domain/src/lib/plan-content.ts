/** Enumerations of plan content, shared by the API's GraphQL enums and the web's forms. */
export const Priority = { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH', CRITICAL: 'CRITICAL' } as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

export const ChecklistCategory = {
  LEGAL_AUTHORITY: 'LEGAL_AUTHORITY',
  AGREEMENTS: 'AGREEMENTS',
  SEARCH_AND_SEIZURE: 'SEARCH_AND_SEIZURE',
  CIVIL_RIGHTS: 'CIVIL_RIGHTS',
  DATA_PRIVACY: 'DATA_PRIVACY',
  LANGUAGE_ACCESS: 'LANGUAGE_ACCESS',
  USE_OF_FORCE: 'USE_OF_FORCE',
  SAFETY_MEDICAL: 'SAFETY_MEDICAL',
  COMMUNITY_IMPACT: 'COMMUNITY_IMPACT',
  OTHER: 'OTHER',
} as const;
export type ChecklistCategory = (typeof ChecklistCategory)[keyof typeof ChecklistCategory];

export const ChecklistStatus = { OPEN: 'OPEN', SATISFIED: 'SATISFIED', NOT_APPLICABLE: 'NOT_APPLICABLE' } as const;
export type ChecklistStatus = (typeof ChecklistStatus)[keyof typeof ChecklistStatus];

export const Phase = {
  PREPARATION: 'PREPARATION',
  BRIEFING: 'BRIEFING',
  EXECUTION: 'EXECUTION',
  DEMOBILIZATION: 'DEMOBILIZATION',
  DEBRIEF: 'DEBRIEF',
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** Largest number of objectives, roles, items, events, resources or channels in one plan. */
export const PLAN_COLLECTION_MAX = 500;
export const RESOURCE_QUANTITY_MAX = 100_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row and is answered like a missing one. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export const IncidentType = {
  USE_OF_FORCE: 'USE_OF_FORCE',
  INJURY: 'INJURY',
  CIVIL_RIGHTS_COMPLAINT: 'CIVIL_RIGHTS_COMPLAINT',
  PROPERTY_DAMAGE: 'PROPERTY_DAMAGE',
  DATA_HANDLING: 'DATA_HANDLING',
  SAFETY: 'SAFETY',
  OTHER: 'OTHER',
} as const;
export type IncidentType = (typeof IncidentType)[keyof typeof IncidentType];
export const INCIDENT_TYPES: readonly IncidentType[] = Object.values(IncidentType);

export const Outcome = { MET: 'MET', PARTIALLY_MET: 'PARTIALLY_MET', NOT_MET: 'NOT_MET', NOT_ATTEMPTED: 'NOT_ATTEMPTED' } as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];
export const OUTCOMES: readonly Outcome[] = Object.values(Outcome);

export const ActionStatus = { OPEN: 'OPEN', IN_PROGRESS: 'IN_PROGRESS', DONE: 'DONE' } as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];

export const ApprovalStatus = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED', STALE: 'STALE' } as const;
export type ApprovalStatus = (typeof ApprovalStatus)[keyof typeof ApprovalStatus];

/** Strengths or improvements from several debriefs, exact duplicates merged, first wording kept, in order. */
export function mergeExactDuplicates(lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const item of lists.flat()) {
    const text = item.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    merged.push(text);
  }
  return merged;
}

/** Minutes from planned to actual, or null when no actual was recorded. */
export function slipMinutes(planned: Date | string, actual: Date | string | null | undefined): number | null {
  if (actual == null) return null;
  const time = (value: Date | string) => (value instanceof Date ? value.getTime() : Date.parse(value));
  return Math.round((time(actual) - time(planned)) / 60_000);
}
