import { ACTION_STATUS_LABELS, APPROVAL_STATUS_LABELS, PLAN_PARTS, type PlanPartTypename } from '@jointops/domain';
import type { LiveEntity, LiveTypename } from '../live/live-node';
import { WEB_PLAN_PARTS, webPartOfType } from '../plans/plan-parts';
import { quoted } from '../plans/web-plan-part';

/** Fields worth naming when an entity changed, in the words the sections use. */
export const FIELD_LABELS: Record<LiveTypename, Record<string, string>> = {
  Plan: { title: 'title', summary: 'summary', startsAt: 'start', endsAt: 'end', agencies: 'agencies' },
  ...(Object.fromEntries(WEB_PLAN_PARTS.map(({ part, fieldLabels }) => [part.typename, fieldLabels])) as Record<PlanPartTypename, Record<string, string>>),
  Approval: { status: 'status', comment: 'comment' },
  ActivityEntry: { text: 'text', at: 'time' },
  Debrief: { status: 'status', outcomes: 'outcomes', incidents: 'incidents', strengths: 'strengths', improvements: 'improvements', narrative: 'narrative' },
  AfterActionReport: { summary: 'summary', finalizedAt: 'finalization' },
  CorrectiveAction: { title: 'title', ownerAgency: 'owner agency', dueDate: 'due date', status: 'status', notes: 'notes' },
};

/** Fields whose values are codes, with their words: "from Open to In progress", not "OPEN". */
const VALUE_LABELS: Partial<Record<LiveTypename, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  ...Object.fromEntries(WEB_PLAN_PARTS.flatMap(({ part, valueLabels }) => (valueLabels ? [[part.typename, valueLabels]] : []))),
  Approval: { status: APPROVAL_STATUS_LABELS },
  CorrectiveAction: { status: ACTION_STATUS_LABELS },
};

/** Objects compare by id, lists by their ids, the rest by value. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value ?? null;
}

/** The labels of the fields that differ between two snapshots of the same entity. */
export function changedFields(previous: LiveEntity, next: LiveEntity): string[] {
  const labels = FIELD_LABELS[next.__typename];
  const before = previous as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  return Object.keys(labels)
    .filter((key) => key in before && key in after && JSON.stringify(comparable(before[key])) !== JSON.stringify(comparable(after[key])))
    .map((key) => labels[key]!);
}

/** The one field that changed between two snapshots, with its values, when exactly one did; else null. */
export function singleChange(previous: LiveEntity, next: LiveEntity): FieldChange | null {
  const labels = FIELD_LABELS[next.__typename];
  const before = previous as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  const keys = Object.keys(labels).filter((key) => key in before && key in after && JSON.stringify(comparable(before[key])) !== JSON.stringify(comparable(after[key])));
  if (keys.length !== 1) return null;
  const key = keys[0]!;
  return { label: labels[key]!, before: before[key], after: after[key], words: VALUE_LABELS[next.__typename]?.[key] };
}

/** One field's change; `words`: when its values are codes, the words for them. */
export interface FieldChange {
  label: string;
  before: unknown;
  after: unknown;
  words?: Readonly<Record<string, string>>;
}

/** A changed field's value for a sentence: a code in its words (unquoted), else as valueInWords says it. */
export function changedValueInWords(change: FieldChange, value: unknown, max?: number): string | null {
  return typeof value === 'string' && change.words?.[value] ? change.words[value]! : valueInWords(value, max);
}

const SHORT_VALUE_MAX = 60;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/**
 * A value short and plain enough to quote in a sentence: text (cut at `max` characters, 60 unless
 * said; Infinity keeps it whole), a number or a yes/no, or "nothing" for an empty value; null for
 * anything else (lists, objects, times, which the sentence names without their values).
 */
export function valueInWords(value: unknown, max = SHORT_VALUE_MAX): string | null {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value !== 'string' || ISO_INSTANT.test(value)) return null;
  const flat = value.replace(/\s+/g, ' ').trim();
  return quoted(flat, max);
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export { quoted };

/** How to name an entity in a sentence; `max` as `quoted` takes it. */
export function subjectOf(entity: LiveEntity, max?: number): string {
  const part = webPartOfType(entity.__typename);
  if (part) return part.subject(entity, max);
  switch (entity.__typename) {
    case 'Plan':
      return 'the plan';
    case 'Approval':
      return `the approval of ${entity.agency.shortName}`;
    case 'ActivityEntry':
      return `the activity log entry ${quoted(entity.text, max)}`;
    case 'Debrief':
      return `the debrief of ${entity.author.displayName} (${entity.agency.shortName})`;
    case 'AfterActionReport':
      return 'the after-action report';
    case 'CorrectiveAction':
      return `the corrective action ${quoted(entity.title, max)}`;
    default:
      return 'an item';
  }
}

/** Event entityType -> how to name an entity we know nothing more about. */
export const GENERIC_SUBJECTS: Record<string, string> = {
  PLAN: 'the plan',
  ...Object.fromEntries(PLAN_PARTS.map((part) => [part.entityType, part.labels.anItem])),
  APPROVAL: 'an approval',
  ACTIVITY_ENTRY: 'an activity log entry',
  DEBRIEF: 'a debrief',
  AFTER_ACTION_REPORT: 'the after-action report',
  CORRECTIVE_ACTION: 'a corrective action',
};
