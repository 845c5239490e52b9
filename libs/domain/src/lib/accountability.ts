import { enumOf, type EnumValue } from './enums';
import { daysInMonth } from './date-time';
import { calendarDayOf, taskForceDayEnd } from './task-force-days';

/**
 * The accountability framework (docs/architecture.md#agreements-and-training): what kind of
 * operation a plan is, the agreements between agencies that allow it, and the training its people
 * must hold. Written once for the API and the web app.
 */
export const OperationType = enumOf('CARGO_INSPECTION', 'CHECKPOINT', 'WARRANT_SERVICE', 'INVESTIGATION_SUPPORT', 'SURVEILLANCE', 'TRANSPORT', 'TRAINING_EXERCISE', 'OTHER');
export type OperationType = EnumValue<typeof OperationType>;

export const AgreementKind = enumOf('MOU', 'MOA', 'TASK_FORCE_AGREEMENT', 'DATA_SHARING_AGREEMENT');
export type AgreementKind = EnumValue<typeof AgreementKind>;

/** The kinds of entry in an agreement's history. */
export const AgreementChangeKind = enumOf('CREATED', 'UPDATED', 'DOCUMENT_UPLOADED', 'TERMINATED');
export type AgreementChangeKind = EnumValue<typeof AgreementChangeKind>;

export const OPERATION_TYPE_LABELS: Record<OperationType, string> = {
  CARGO_INSPECTION: 'Cargo inspection',
  CHECKPOINT: 'Checkpoint',
  WARRANT_SERVICE: 'Warrant service',
  INVESTIGATION_SUPPORT: 'Investigation support',
  SURVEILLANCE: 'Surveillance',
  TRANSPORT: 'Transport',
  TRAINING_EXERCISE: 'Training exercise',
  OTHER: 'Other',
};

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  MOU: 'Memorandum of understanding (MOU)',
  MOA: 'Memorandum of agreement (MOA)',
  TASK_FORCE_AGREEMENT: 'Task-force agreement',
  DATA_SHARING_AGREEMENT: 'Data-sharing agreement',
};

/** An agreement signed PDF may be at most this large. */
export const AGREEMENT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
/** The register's "expiring" filter: agreements that end within this many days. */
export const AGREEMENT_EXPIRING_WITHIN_DAYS = 90;

type DateLike = Date | string;
const time = (value: DateLike | number): number => (typeof value === 'number' ? value : value instanceof Date ? value.getTime() : Date.parse(value));

/** What the rules read of an agreement. `expiresOn` is the last instant it is in force; terminating ends it at once. */
export interface AgreementTerms {
  agencyIds: readonly string[];
  scope: readonly string[];
  effectiveFrom: DateLike;
  expiresOn?: DateLike | null;
  terminatedAt?: DateLike | null;
}

/** In force at one instant: effective, not past its expiry, not terminated. */
export function agreementActiveAt(agreement: AgreementTerms, at: DateLike | number): boolean {
  const t = time(at);
  return time(agreement.effectiveFrom) <= t && (agreement.expiresOn == null || t <= time(agreement.expiresOn)) && (agreement.terminatedAt == null || t < time(agreement.terminatedAt));
}

/** In force for the whole of [startsAt, endsAt]: in force at both ends (an agreement is one unbroken span). */
export function agreementCoversWindow(agreement: AgreementTerms, startsAt: DateLike | number, endsAt: DateLike | number): boolean {
  return agreementActiveAt(agreement, startsAt) && agreementActiveAt(agreement, endsAt);
}

/** The agreements between the lead agency and `agencyId` (both parties) in force for the whole of [startsAt, endsAt]. */
export function agreementsInForceBetween<T extends AgreementTerms>(agreements: readonly T[], leadAgencyId: string, agencyId: string, startsAt: DateLike | number, endsAt: DateLike | number): T[] {
  return agreements.filter((a) => a.agencyIds.includes(leadAgencyId) && a.agencyIds.includes(agencyId) && agreementCoversWindow(a, startsAt, endsAt));
}

/** The completion day as stored: midnight UTC of the calendar date given (a time of day is dropped). */
export function trainingCompletionDay(completedOn: DateLike): Date {
  const given = new Date(time(completedOn));
  return new Date(Date.UTC(given.getUTCFullYear(), given.getUTCMonth(), given.getUTCDate()));
}

/**
 * When a completion of a course with this validity lapses, or null (never): the last instant, in
 * TASK_FORCE_TIME_ZONE, of the day `validityMonths` calendar months after the completion day. The
 * completion day is a calendar date, sent as midnight UTC of that date as the form's date field
 * gives it (any time of day is ignored). A course done on 15 March 2026 with a 12-month validity
 * is current through the whole of 15 March 2027 where the task force works.
 */
export function trainingExpiresOn(completedOn: DateLike, validityMonths: number | null | undefined): Date | null {
  if (validityMonths == null) return null;
  const done = trainingCompletionDay(completedOn);
  const lapses = new Date(Date.UTC(done.getUTCFullYear(), done.getUTCMonth() + validityMonths, 1));
  // 31 January + 1 month is the last day of February, not 3 March.
  lapses.setUTCDate(Math.min(done.getUTCDate(), daysInMonth(lapses.getUTCFullYear(), lapses.getUTCMonth() + 1)));
  return new Date(taskForceDayEnd(calendarDayOf(lapses)) as string);
}

/** Current through `until`: a completion that does not lapse before it. */
export function trainingCurrentThrough(record: { expiresOn?: DateLike | null }, until: DateLike): boolean {
  return record.expiresOn == null || time(record.expiresOn) >= time(until);
}

/** A person's standing in one course on a given day, as the training matrix shows it. */
export const TrainingStanding = enumOf('CURRENT', 'EXPIRING', 'EXPIRED', 'MISSING');
export type TrainingStanding = EnumValue<typeof TrainingStanding>;
/** A completion that lapses within this many days shows as expiring. */
export const TRAINING_EXPIRING_WITHIN_DAYS = 30;

export function trainingStanding(records: ReadonlyArray<{ expiresOn?: DateLike | null }>, now: DateLike | number): TrainingStanding {
  if (records.length === 0) return TrainingStanding.MISSING;
  const t = time(now);
  const best = records.some((r) => r.expiresOn == null) ? Number.POSITIVE_INFINITY : Math.max(...records.map((r) => time(r.expiresOn as DateLike)));
  if (best < t) return TrainingStanding.EXPIRED;
  return best - t <= TRAINING_EXPIRING_WITHIN_DAYS * 86_400_000 ? TrainingStanding.EXPIRING : TrainingStanding.CURRENT;
}
