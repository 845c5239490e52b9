import { enumOf, type EnumValue } from './enums';

/** Enumerations of plan content, shared by the API's GraphQL enums and the web's forms. */
export const Priority = enumOf('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');
export type Priority = EnumValue<typeof Priority>;

export const ChecklistCategory = enumOf(
  'LEGAL_AUTHORITY',
  'AGREEMENTS',
  'SEARCH_AND_SEIZURE',
  'CIVIL_RIGHTS',
  'DATA_PRIVACY',
  'LANGUAGE_ACCESS',
  'USE_OF_FORCE',
  'SAFETY_MEDICAL',
  'COMMUNITY_IMPACT',
  'OTHER',
);
export type ChecklistCategory = EnumValue<typeof ChecklistCategory>;

export const ChecklistStatus = enumOf('OPEN', 'SATISFIED', 'NOT_APPLICABLE');
export type ChecklistStatus = EnumValue<typeof ChecklistStatus>;

export const Phase = enumOf('PREPARATION', 'BRIEFING', 'EXECUTION', 'DEMOBILIZATION', 'DEBRIEF');
export type Phase = EnumValue<typeof Phase>;

/** Largest number of objectives, roles, items, events, resources or channels in one plan. */
export const PLAN_COLLECTION_MAX = 500;
export const RESOURCE_QUANTITY_MAX = 100_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row and is answered like a missing one. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export const IncidentType = enumOf('USE_OF_FORCE', 'INJURY', 'CIVIL_RIGHTS_COMPLAINT', 'PROPERTY_DAMAGE', 'DATA_HANDLING', 'SAFETY', 'OTHER');
export type IncidentType = EnumValue<typeof IncidentType>;
export const INCIDENT_TYPES: readonly IncidentType[] = Object.values(IncidentType);

export const Outcome = enumOf('MET', 'PARTIALLY_MET', 'NOT_MET', 'NOT_ATTEMPTED');
export type Outcome = EnumValue<typeof Outcome>;
export const OUTCOMES: readonly Outcome[] = Object.values(Outcome);

export const ActionStatus = enumOf('OPEN', 'IN_PROGRESS', 'DONE');
export type ActionStatus = EnumValue<typeof ActionStatus>;

export const ApprovalStatus = enumOf('PENDING', 'APPROVED', 'REJECTED', 'STALE');
export type ApprovalStatus = EnumValue<typeof ApprovalStatus>;

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

/**
 * A slip in words, signed (+ late, − early, with a typographic minus): `0 min`, `+15 min`,
 * `−2 h 5 min`, `+3 days` (whole days from two days on, when minutes would no longer be read).
 * Null (no actual recorded) is an em dash. The report page and its PDF say it the same way.
 */
export function formatSlip(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  if (minutes === 0) return '0 min';
  return `${minutes > 0 ? '+' : '−'}${slipSize(minutes)}`;
}

/** A slip as the Operation page says it: `on time`, `1 min late`, `2 h 5 min early`, `133 days early`. */
export function slipInWords(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  if (minutes === 0) return 'on time';
  return `${slipSize(minutes)} ${minutes > 0 ? 'late' : 'early'}`;
}

/** How large a slip is, unsigned: minutes under an hour, hours and minutes under two days, then days. */
function slipSize(minutes: number): string {
  const size = Math.abs(minutes);
  if (size < 60) return `${size} min`;
  if (size < 2 * 24 * 60) return `${Math.floor(size / 60)} h${size % 60 ? ` ${size % 60} min` : ''}`;
  return `${Math.round(size / (24 * 60))} days`;
}

/** Minutes from planned to actual, or null when no actual was recorded. */
export function slipMinutes(planned: Date | string, actual: Date | string | null | undefined): number | null {
  if (actual == null) return null;
  const time = (value: Date | string) => (value instanceof Date ? value.getTime() : Date.parse(value));
  return Math.round((time(actual) - time(planned)) / 60_000);
}
