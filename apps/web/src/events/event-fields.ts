import type { LiveEntity, LiveTypename } from '../live/live-node';

/** Fields worth naming when an entity changed, in the words the sections use. */
export const FIELD_LABELS: Record<LiveTypename, Record<string, string>> = {
  Plan: { title: 'title', summary: 'summary', startsAt: 'start', endsAt: 'end', agencies: 'agencies' },
  Objective: { title: 'title', description: 'description', successCriteria: 'success criteria', priority: 'priority' },
  RoleAssignment: { title: 'title', responsibilities: 'responsibilities', assignee: 'assignee', agency: 'agency', objectives: 'objectives' },
  ChecklistItem: { text: 'text', category: 'category', required: 'required flag', citation: 'citation', note: 'note', status: 'status' },
  TimelineEvent: {
    title: 'title',
    phase: 'phase',
    startsAt: 'start',
    endsAt: 'end',
    agency: 'agency',
    dependsOn: 'dependencies',
    notes: 'notes',
    actualStartsAt: 'actual start',
    actualEndsAt: 'actual end',
  },
  ResourceCommitment: { kind: 'kind', quantity: 'quantity', notes: 'notes', agency: 'agency' },
  CommsChannel: { name: 'name', details: 'details', purpose: 'purpose', agency: 'agency' },
  Approval: { status: 'status', comment: 'comment' },
  ActivityEntry: { text: 'text', at: 'time' },
  Debrief: { status: 'status', outcomes: 'outcomes', incidents: 'incidents', strengths: 'strengths', improvements: 'improvements', narrative: 'narrative' },
  AfterActionReport: { summary: 'summary', finalizedAt: 'finalization' },
  CorrectiveAction: { title: 'title', ownerAgency: 'owner agency', dueDate: 'due date', status: 'status', notes: 'notes' },
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

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const quoted = (text: string, max = 80) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** How to name an entity in a sentence. */
export function subjectOf(entity: LiveEntity): string {
  switch (entity.__typename) {
    case 'Plan':
      return 'the plan';
    case 'Objective':
      return `Objective ${entity.position + 1} ${quoted(entity.title)}`;
    case 'RoleAssignment':
      return `the role ${entity.title} for ${entity.agency.shortName}`;
    case 'ChecklistItem':
      return `the checklist item ${quoted(entity.text)}`;
    case 'TimelineEvent':
      return `the timeline event ${quoted(entity.title)}`;
    case 'ResourceCommitment':
      return `the resource commitment ${entity.quantity} × ${entity.kind} for ${entity.agency.shortName}`;
    case 'CommsChannel':
      return `the channel ${quoted(entity.name)}`;
    case 'Approval':
      return `the approval of ${entity.agency.shortName}`;
    case 'ActivityEntry':
      return `the activity log entry ${quoted(entity.text)}`;
    case 'Debrief':
      return `the debrief of ${entity.author.displayName} (${entity.agency.shortName})`;
    case 'AfterActionReport':
      return 'the after-action report';
    case 'CorrectiveAction':
      return `the corrective action ${quoted(entity.title)}`;
  }
}

/** Event entityType -> how to name an entity we know nothing more about. */
export const GENERIC_SUBJECTS: Record<string, string> = {
  PLAN: 'the plan',
  OBJECTIVE: 'an objective',
  ROLE: 'a role',
  CHECKLIST_ITEM: 'a checklist item',
  TIMELINE_EVENT: 'a timeline event',
  RESOURCE: 'a resource commitment',
  COMMS_CHANNEL: 'a communications channel',
  APPROVAL: 'an approval',
  ACTIVITY_ENTRY: 'an activity log entry',
  DEBRIEF: 'a debrief',
  AFTER_ACTION_REPORT: 'the after-action report',
  CORRECTIVE_ACTION: 'a corrective action',
};
