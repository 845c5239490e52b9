/** What an access log's action and kind columns say (a plan's, an agreement's), and its filters, in the words the pages use. */

export const ACCESS_ACTIONS = ['VIEW', 'EXPORT', 'DENIED'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const ACTION_LABELS: Record<AccessAction, string> = { VIEW: 'View', EXPORT: 'Export', DENIED: 'Denied' };

/**
 * The query or subscription that read the plan, the document exported, or what was refused. Every
 * root field that can return plan content needs one (access-log.spec.ts checks the served schema).
 */
const KIND_LABELS: Readonly<Record<string, string>> = {
  plan: 'The plan',
  plans: 'Plan list',
  planEvents: 'Live updates and log',
  planPresence: 'Who is here (live)',
  presence: 'Who is here',
  planDiff: 'Changes between revisions',
  lessons: 'Lessons search',
  correctiveActions: 'Corrective actions',
  myWork: 'My work',
  notifications: 'Notifications',
  notificationAdded: 'Notifications (live)',
  complaint: 'Complaint about this operation',
  complaints: 'Complaints list',
  effectiveness: 'Effectiveness report',
  'plan.pdf': 'Plan PDF',
  'after-action.pdf': 'After-action PDF',
  'event-log.csv': 'Event log (CSV)',
  'access-log.csv': 'Access log (CSV)',
  view: 'Reading the plan',
  editContent: 'Editing content',
  manageAgencies: 'Changing agencies',
  submit: 'Submitting for review',
  decide: 'Deciding an approval',
  lifecycle: 'Activating, completing or cancelling',
  participate: 'Taking part (activity, actuals, debrief)',
  report: 'The after-action report',
  accessLog: 'Reading the access log',
  document: 'Signed agreement (PDF)',
};

export const hasKindLabel = (kind: string): boolean => Object.hasOwn(KIND_LABELS, kind);

/** "planEvents" reads "Live updates and log"; a kind with no label yet still reads as words ("someNewField" as "Some new field"). */
export function kindLabel(kind: string | null | undefined): string {
  if (!kind) return '—';
  return hasKindLabel(kind) ? KIND_LABELS[kind] : asWords(kind);
}

function asWords(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => (word === 'pdf' || word === 'PDF' ? 'PDF' : word.toLowerCase()));
  const text = words.join(' ');
  return text ? text[0].toUpperCase() + text.slice(1) : name;
}

/** "Denied", or "Denied 510 times" for folded refusals. */
export function actionLabel(action: string, count: number): string {
  const label = ACTION_LABELS[action as AccessAction] ?? action;
  return count > 1 ? `${label} ${count.toLocaleString('en-US')} times` : label;
}

export const isAccessAction = (value: string): value is AccessAction => (ACCESS_ACTIONS as readonly string[]).includes(value);
