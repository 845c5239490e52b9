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
