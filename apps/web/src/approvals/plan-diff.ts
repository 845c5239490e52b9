import { formatCoordinates, formatInZone, PLAN_PARTS, type PlanPartKey } from '@jointops/domain';
import { WEB_PLAN_PARTS } from '../plans/plan-parts';

/** Turns `planDiff` changes into sections and sentences a reviewer reads (see PlanDiffView). */

export interface DiffChange {
  entityType: string;
  entityId: string;
  kind: string;
  field?: string | null;
  before?: string | null;
  after?: string | null;
}

/** What the diff can name things by: the plan as cached now. */
export type DiffPlan = {
  agencies: ReadonlyArray<{ id: string; shortName: string }>;
  /** The plan's zone, in which dates are shown (UTC when unknown). */
  timeZone?: string;
} & { readonly [K in PlanPartKey]: ReadonlyArray<{ id: string }> };

export const DIFF_SECTIONS = [{ entityType: 'PLAN', title: 'Plan' }, ...PLAN_PARTS.map((part) => ({ entityType: part.entityType, title: part.labels.diffSection }))] as const;

const ENTITY_NOUNS: Record<string, string> = {
  PLAN: 'Plan',
  ...Object.fromEntries(PLAN_PARTS.map((part) => [part.entityType, part.labels.diffNoun])),
};

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  startsAt: 'Start',
  endsAt: 'End',
  timeZone: 'Time zone',
  agencyIds: 'Agencies',
  agencyId: 'Agency',
  assigneeId: 'Assignee',
  objectiveIds: 'Objectives',
  dependsOnIds: 'Depends on',
  successCriteria: 'Success criteria',
  responsibilities: 'Responsibilities',
  description: 'Description',
  priority: 'Priority',
  position: 'Position',
  category: 'Category',
  text: 'Text',
  required: 'Required',
  citation: 'Citation',
  status: 'Status',
  note: 'Note',
  phase: 'Phase',
  notes: 'Notes',
  kind: 'Kind',
  quantity: 'Quantity',
  name: 'Name',
  details: 'Details',
  purpose: 'Purpose',
  coordinates: 'Location',
  address: 'Address',
};

/** `successCriteria` -> "Success criteria"; unknown names are split at capitals. */
export function fieldName(field: string): string {
  const known = FIELD_NAMES[field];
  if (known) return known;
  const words = field
    .replace(/Ids?$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every id the plan knows, with how to name it. */
function namesOf(plan: DiffPlan): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of plan.agencies) names.set(a.id, a.shortName);
  for (const { part, diffName } of WEB_PLAN_PARTS) {
    for (const item of plan[part.key]) names.set(item.id, (diffName as (item: object) => string)(item));
  }
  return names;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A place's point, [longitude, latitude]: shown latitude first, as people read coordinates. */
const isPosition = (item: unknown): item is number[] => Array.isArray(item) && item.length === 2 && item.every((n) => typeof n === 'number');

/** A before/after value as a reader wants it: names for ids, dates in the plan's zone, "(empty)" for nothing. */
export function formatValue(value: string | null | undefined, names: Map<string, string>, zone = 'UTC'): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (value.startsWith('[')) {
    try {
      const list = JSON.parse(value) as unknown;
      if (Array.isArray(list)) {
        if (list.length === 0) return '(none)';
        // A route's points read "35.1, -78.1; 35.2, -78.2".
        return list.map((item) => (typeof item === 'string' ? (names.get(item) ?? item) : isPosition(item) ? formatCoordinates(item) : JSON.stringify(item))).join(list.some(isPosition) ? '; ' : ', ');
      }
    } catch {
      /* not JSON: show as is */
    }
  }
  if (names.has(value)) return names.get(value)!;
  if (ISO.test(value) && !Number.isNaN(Date.parse(value))) {
    return formatInZone(value, zone);
  }
  return value;
}

export interface DiffLine {
  key: string;
  kind: 'ADDED' | 'REMOVED' | 'UPDATED';
  /** e.g. `Objective "Secure the perimeter"`, or `Required item removed: …` for a change with a reason. */
  subject: string;
  /** UPDATED only. */
  field: string | null;
  before: string | null;
  after: string | null;
  /** Why a required checklist item was removed or its requirement changed (an agency lead wrote it). */
  reason: string | null;
}

/**
 * The API's diff carries the reason a required checklist item was removed or changed as the field
 * `reason`: on the REMOVED line itself (after = the reason), or as an extra UPDATED line.
 */
export const REASON_FIELD = 'reason';

export interface DiffSection {
  entityType: string;
  title: string;
  lines: DiffLine[];
}

/** Changes grouped per section in the order the workspace shows them; empty sections left out. */
export function groupChanges(changes: readonly DiffChange[], plan: DiffPlan): DiffSection[] {
  const names = namesOf(plan);
  const known = new Set<string>(DIFF_SECTIONS.map((s) => s.entityType));
  const sections = [...DIFF_SECTIONS.map((s) => ({ entityType: s.entityType as string, title: s.title as string })), { entityType: 'OTHER', title: 'Other' }];
  return sections
    .map(({ entityType, title }) => {
      const mine = changes.filter((c) => (entityType === 'OTHER' ? !known.has(c.entityType) : c.entityType === entityType));
      const lines = mine.map((change, index): DiffLine => {
        const noun = ENTITY_NOUNS[change.entityType] ?? 'Item';
        const kind = change.kind === 'ADDED' || change.kind === 'REMOVED' ? change.kind : 'UPDATED';
        const label = kind === 'ADDED' ? change.after : kind === 'REMOVED' ? change.before : (names.get(change.entityId) ?? null);
        const key = `${change.entityType}:${change.entityId}:${change.field ?? ''}:${index}`;
        if (change.field === REASON_FIELD && kind !== 'ADDED') {
          const what = kind === 'REMOVED' ? 'Required item removed' : 'Required item changed';
          return { key, kind, subject: `${what}: ${label ?? '(an item no longer in the plan)'}`, field: null, before: null, after: null, reason: change.after || '(no reason given)' };
        }
        const subject = change.entityType === 'PLAN' ? 'Plan' : label ? `${noun} “${label}”` : `A ${noun.toLowerCase()}`;
        return {
          key,
          kind,
          subject,
          field: kind === 'UPDATED' && change.field ? fieldName(change.field) : null,
          before: kind === 'UPDATED' ? formatValue(change.before, names, plan.timeZone) : null,
          after: kind === 'UPDATED' ? formatValue(change.after, names, plan.timeZone) : null,
          reason: null,
        };
      });
      return { entityType, title, lines };
    })
    .filter((section) => section.lines.length > 0);
}
