import { dayInWords } from './report-period';
import { calendarDayOf, formatTaskForceDay } from './task-force-days';
import { actionDueEnd } from './corrective-actions';
import { enumOf, type EnumValue } from './enums';

/**
 * Notifications (issue 18): who is told what, in the app and by email, and when reminders fall due.
 * The API writes them (in the transaction of the change that causes them, or from the scheduled
 * reminder job); the web words the preferences page with the same kinds and labels.
 */
export const NotificationKind = enumOf(
  'REVIEW_REQUESTED',
  'SIGNOFF_STALE',
  'PLAN_REJECTED',
  'PLAN_APPROVED',
  'PLAN_ACTIVATED',
  'PLAN_COMPLETED',
  'DEBRIEF_DUE',
  'CORRECTIVE_ACTION_ASSIGNED',
  'CORRECTIVE_ACTION_DUE_SOON',
  'CORRECTIVE_ACTION_OVERDUE',
  'TRAINING_EXPIRING',
  'AGREEMENT_EXPIRING',
);
export type NotificationKind = EnumValue<typeof NotificationKind>;
export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/**
 * Notifications that ask for something the plan's next step settles: when a change logs one of
 * these events, the unread ones of the listed kinds about that plan are marked read in the same
 * transaction ("it can be activated" no longer holds once an edit sent the plan back to review).
 */
export const SUPERSEDED_BY_EVENT: Readonly<Partial<Record<string, readonly NotificationKind[]>>> = {
  PLAN_APPROVED: [NotificationKind.REVIEW_REQUESTED, NotificationKind.SIGNOFF_STALE],
  PLAN_REJECTED: [NotificationKind.REVIEW_REQUESTED, NotificationKind.SIGNOFF_STALE],
  PLAN_REOPENED: [NotificationKind.PLAN_APPROVED],
  // Resubmitted: the rejection was answered.
  PLAN_SUBMITTED: [NotificationKind.PLAN_REJECTED],
  PLAN_ACTIVATED: [NotificationKind.PLAN_APPROVED],
  PLAN_CANCELLED: [NotificationKind.REVIEW_REQUESTED, NotificationKind.SIGNOFF_STALE, NotificationKind.PLAN_APPROVED],
};

/** The kinds of notification about a plan that the events of one change settle. */
export function supersededKinds(eventTypes: readonly string[]): NotificationKind[] {
  return [...new Set(eventTypes.flatMap((type) => SUPERSEDED_BY_EVENT[type] ?? []))];
}

/** A signature is awaited or voided: these always reach the lead by email too. */
export const UNMUTABLE_NOTIFICATION_KINDS: readonly NotificationKind[] = [NotificationKind.REVIEW_REQUESTED, NotificationKind.SIGNOFF_STALE];

export function isMutable(kind: NotificationKind): boolean {
  return !UNMUTABLE_NOTIFICATION_KINDS.includes(kind);
}

/** How a kind is named on the preferences page. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  REVIEW_REQUESTED: 'A plan awaits your agency’s review',
  SIGNOFF_STALE: 'An edit voided your approval',
  PLAN_REJECTED: 'A plan you are planning was rejected',
  PLAN_APPROVED: 'A plan you are planning was approved by every agency',
  PLAN_ACTIVATED: 'An operation you take part in began',
  PLAN_COMPLETED: 'An operation you take part in ended',
  DEBRIEF_DUE: 'Your debrief is due',
  CORRECTIVE_ACTION_ASSIGNED: 'Your agency was given a corrective action',
  CORRECTIVE_ACTION_DUE_SOON: 'A corrective action of your agency is due within 7 days',
  CORRECTIVE_ACTION_OVERDUE: 'A corrective action of your agency is overdue (daily)',
  TRAINING_EXPIRING: 'Training expires within 30 days',
  AGREEMENT_EXPIRING: 'An agreement expires within 90 or 30 days',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the scheduled reminders fall due. */
export const REMINDER_RULES = {
  /** DEBRIEF_DUE: first this many hours after completion, then once a day, `debriefReminders` times in all. */
  debriefFirstAfterHours: 24,
  debriefReminders: 7,
  /** CORRECTIVE_ACTION_DUE_SOON: once, this many days before the due date. */
  actionDueSoonDays: 7,
  /** TRAINING_EXPIRING: once, this many days before the record expires. */
  trainingExpiringDays: 30,
  /** AGREEMENT_EXPIRING: once at each of these many days before it expires (largest first). */
  agreementExpiringDays: [90, 30] as readonly number[],
} as const;

/**
 * Which debrief reminder is due at `now` for an operation completed at `completedAt`: 1 at 24 hours,
 * 2 a day later … up to `debriefReminders`; null before the first and after the last day. A missed
 * day is not sent late: only the current one is, once (its number is part of the idempotency key).
 */
export function debriefReminderDue(completedAt: Date, now: Date): number | null {
  const elapsed = now.getTime() - completedAt.getTime() - REMINDER_RULES.debriefFirstAfterHours * 3_600_000;
  if (elapsed < 0) return null;
  const index = Math.floor(elapsed / DAY_MS) + 1;
  return index <= REMINDER_RULES.debriefReminders ? index : null;
}

/** The overdue day of an open action at `now` (1 on the day after its due day: actionDueEnd), or null when not overdue. */
export function overdueDay(dueDate: Date, now: Date): number | null {
  const late = now.getTime() - actionDueEnd(dueDate).getTime();
  return late < 0 ? null : Math.floor(late / DAY_MS) + 1;
}

/** Whether `now` lies within `days` before `end` (and before `end`). */
export function withinDaysBefore(end: Date, now: Date, days: number): boolean {
  return now.getTime() < end.getTime() && end.getTime() - now.getTime() <= days * DAY_MS;
}

/** The agreement reminder due at `now` (90 or 30), or null: the smallest threshold it is within. */
export function agreementReminderDue(expiresOn: Date, now: Date): number | null {
  const due = [...REMINDER_RULES.agreementExpiringDays].sort((a, b) => a - b).find((days) => withinDaysBefore(expiresOn, now, days));
  return due ?? null;
}

/** What a notification is about, beyond its kind: the facts its sentence and link are made of. */
export interface NotificationSubject {
  planId?: string | null;
  planTitle?: string | null;
  /** PLAN_REJECTED: the reviewer's comment (in the app only; never emailed). */
  comment?: string | null;
  /** Agency (short name) that rejected, or whose approval was voided. */
  agencyName?: string | null;
  actionTitle?: string | null;
  dueDate?: Date | string | null;
  /** DEBRIEF_DUE: which reminder this is (1 … 7). */
  reminder?: number | null;
  /** CORRECTIVE_ACTION_OVERDUE: days past due. */
  daysOverdue?: number | null;
  courseCode?: string | null;
  personName?: string | null;
  /** TRAINING_EXPIRING: the trainee's id, for the link to their training. */
  userId?: string | null;
  /** TRAINING_EXPIRING: whether the notification is the trainee's own. */
  own?: boolean | null;
  agreementId?: string | null;
  agreementTitle?: string | null;
  /** AGREEMENT_EXPIRING: 90 or 30. */
  daysLeft?: number | null;
}

/** A corrective action's due date (a calendar date, stored as its midnight UTC) as the pages write it: "Mar 1, 2031". */
function day(value: Date | string | null | undefined): string {
  return value ? dayInWords(calendarDayOf(value)) : '';
}

function quoted(title: string | null | undefined): string {
  return `“${title ?? 'Untitled plan'}”`;
}

/** The one sentence in the app: what happened and what to do. May carry plan content (the comment, an action's title). */
export function notificationText(kind: NotificationKind, s: NotificationSubject): string {
  const plan = quoted(s.planTitle);
  switch (kind) {
    case 'REVIEW_REQUESTED':
      return `${plan} was submitted for review: decide for your agency.`;
    case 'SIGNOFF_STALE':
      return `An edit to ${plan} voided your agency’s approval: review the changes and decide again.`;
    case 'PLAN_REJECTED':
      // A comment that ends a sentence ends it: no second full stop after the closing quote.
      return `${s.agencyName ?? 'An agency'} rejected ${plan}${s.comment ? `: “${s.comment}”${/[.!?]$/.test(s.comment.trim()) ? '' : '.'}` : '.'} Revise it and submit again.`;
    case 'PLAN_APPROVED':
      return `Every agency approved ${plan}: it can be activated.`;
    case 'PLAN_ACTIVATED':
      return `${plan} is now active: keep the activity log as you work.`;
    case 'PLAN_COMPLETED':
      return `${plan} is completed: the activity log is closed, and the debriefs still owed are due.`;
    case 'DEBRIEF_DUE':
      return `Your debrief for ${plan} is due: submit it (reminder ${s.reminder ?? 1} of ${REMINDER_RULES.debriefReminders}).`;
    case 'CORRECTIVE_ACTION_ASSIGNED':
      return `Your agency owns the corrective action “${s.actionTitle ?? ''}” of ${plan}, due ${day(s.dueDate)}.`;
    case 'CORRECTIVE_ACTION_DUE_SOON':
      return `The corrective action “${s.actionTitle ?? ''}” of ${plan} is due ${day(s.dueDate)}: close it or update its status.`;
    case 'CORRECTIVE_ACTION_OVERDUE':
      return `The corrective action “${s.actionTitle ?? ''}” of ${plan} is overdue: it was due ${day(s.dueDate)}. Close it or set a new due date.`;
    case 'TRAINING_EXPIRING':
      return s.own
        ? `Your ${s.courseCode ?? ''} training expires ${formatTaskForceDay(s.dueDate)}: renew it.`
        : `${s.personName ?? 'A member'}’s ${s.courseCode ?? ''} training expires ${formatTaskForceDay(s.dueDate)}: arrange renewal.`;
    case 'AGREEMENT_EXPIRING':
      return `The agreement “${s.agreementTitle ?? ''}” expires ${formatTaskForceDay(s.dueDate)} (${s.daysLeft ?? ''} days): renew it or plan without it.`;
  }
}

/** The path in the web app a notification opens. */
export function notificationLink(kind: NotificationKind, s: NotificationSubject): string {
  const plan = `/plans/${s.planId ?? ''}`;
  switch (kind) {
    case 'REVIEW_REQUESTED':
    case 'SIGNOFF_STALE':
    case 'PLAN_REJECTED':
    case 'PLAN_APPROVED':
      return `${plan}/approvals`;
    case 'PLAN_ACTIVATED':
      return `${plan}/operation`;
    case 'PLAN_COMPLETED':
    case 'DEBRIEF_DUE':
      return `${plan}/debrief`;
    case 'CORRECTIVE_ACTION_ASSIGNED':
    case 'CORRECTIVE_ACTION_DUE_SOON':
    case 'CORRECTIVE_ACTION_OVERDUE':
      return `${plan}/report`;
    case 'TRAINING_EXPIRING':
      return s.own || !s.userId ? '/training' : `/training/people/${s.userId}`;
    case 'AGREEMENT_EXPIRING':
      return `/agreements/${s.agreementId ?? ''}`;
  }
}

/**
 * An email leaves the system's protection: it names the plan by its title and nothing else of it
 * (no comment, no action title), says what to do, and links back.
 */
export function notificationEmail(kind: NotificationKind, s: NotificationSubject): { subject: string; text: string } {
  const plan = quoted(s.planTitle);
  const lines: Record<NotificationKind, [string, string]> = {
    REVIEW_REQUESTED: [`Review requested: ${plan}`, `${plan} was submitted for review. Open it in JointOps and decide for your agency.`],
    SIGNOFF_STALE: [`Your approval was voided: ${plan}`, `An edit to ${plan} voided your agency’s approval. Open it in JointOps, review the changes and decide again.`],
    PLAN_REJECTED: [`Plan rejected: ${plan}`, `${plan} was rejected. Open it in JointOps to read the comment, revise it and submit again.`],
    PLAN_APPROVED: [`Plan approved: ${plan}`, `Every agency approved ${plan}. It can be activated in JointOps.`],
    PLAN_ACTIVATED: [`Operation active: ${plan}`, `${plan} is now active. Keep the activity log in JointOps as you work.`],
    PLAN_COMPLETED: [`Operation completed: ${plan}`, `${plan} is completed: the activity log is closed, and the debriefs still owed are due. My work in JointOps lists yours, if you owe one.`],
    DEBRIEF_DUE: [`Debrief due: ${plan}`, `Your debrief for ${plan} is due. Submit it in JointOps.`],
    CORRECTIVE_ACTION_ASSIGNED: [`Corrective action assigned: ${plan}`, `Your agency owns a new corrective action of ${plan}. Open it in JointOps.`],
    CORRECTIVE_ACTION_DUE_SOON: [`Corrective action due soon: ${plan}`, `A corrective action of ${plan} owned by your agency is due ${day(s.dueDate)}. Close it or update it in JointOps.`],
    CORRECTIVE_ACTION_OVERDUE: [`Corrective action overdue: ${plan}`, `A corrective action of ${plan} owned by your agency is overdue: it was due ${day(s.dueDate)}. Close it or set a new due date in JointOps.`],
    TRAINING_EXPIRING: [`Training expiring`, notificationText('TRAINING_EXPIRING', s)],
    AGREEMENT_EXPIRING: [`Agreement expiring`, notificationText('AGREEMENT_EXPIRING', s)],
  };
  const [subject, text] = lines[kind];
  return { subject: `JointOps: ${subject}`, text };
}
