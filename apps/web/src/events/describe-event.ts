import { PLAN_STATUS_LABELS, type PlanStatus } from '@jointops/domain';
import type { PlanEventFieldsFragment } from '@jointops/web-data';
import { isWithheld, liveNodeOf, type LiveEntity } from '../live/live-node';
import { changedFields, changedValueInWords, GENERIC_SUBJECTS, listInWords, quoted, singleChange, subjectOf } from './event-fields';

export type DescribableEvent = Pick<PlanEventFieldsFragment, 'type' | 'entityType' | 'actor' | 'node' | 'optionalAgencyNode' | 'planNode'> & Partial<Pick<PlanEventFieldsFragment, 'agency'>>;

const CHECKLIST_OUTCOMES: Record<string, string> = { SATISFIED: 'satisfied', NOT_APPLICABLE: 'not applicable' };

/** The plan's steps and the report's, in words (the type's own words read "plan submitted"). */
const STEPS: Readonly<Record<string, string>> = {
  PLAN_SUBMITTED: 'submitted the plan for review',
  PLAN_APPROVED: 'gave the last approval: every agency approved the plan',
  PLAN_REJECTED: 'rejected the plan: it went back to draft',
  PLAN_REOPENED: 'sent the plan back to review: it changed after every agency approved it',
  PLAN_ACTIVATED: 'activated the operation',
  PLAN_COMPLETED: 'completed the operation',
  PLAN_CANCELLED: 'cancelled the plan',
  PLAN_CLOSED: 'closed the plan',
  AFTER_ACTION_REPORT_DRAFTED: 'drafted the after-action report',
  AFTER_ACTION_REPORT_FINALIZED: 'finalized the after-action report',
};

export function actorOf(event: Pick<PlanEventFieldsFragment, 'actor'>): string {
  return `${event.actor.displayName} (${event.actor.agency.shortName})`;
}

function agencyChange(agency: { shortName: string } | null | undefined, previous: LiveEntity | null, node: LiveEntity | null, added: boolean): string {
  // The event names its agency; an earlier snapshot of the plan is the fallback.
  if (agency) return added ? `added ${agency.shortName} to the plan` : `removed ${agency.shortName} from the plan`;
  if (previous?.__typename === 'Plan' && node?.__typename === 'Plan') {
    const [from, to] = added ? [previous.agencies, node.agencies] : [node.agencies, previous.agencies];
    const names = to.filter((agency) => !from.some((a) => a.id === agency.id)).map((agency) => agency.shortName);
    if (names.length) return added ? `added ${listInWords(names)} to the plan` : `removed ${listInWords(names)} from the plan`;
  }
  return added ? 'added an agency to the plan' : 'removed an agency from the plan';
}

function planUpdate(previous: LiveEntity | null, node: LiveEntity | null, max: number | undefined): string {
  if (previous?.__typename !== 'Plan' || node?.__typename !== 'Plan') return 'updated the plan';
  if (previous.status !== node.status) return `moved the plan to ${PLAN_STATUS_LABELS[node.status as PlanStatus] ?? node.status}`;
  const fields = changedFields(previous, node);
  return fields.length ? `changed the ${listInWords(fields)} of the plan${fromTo(previous, node, max)}` : 'updated the plan';
}

function entityUpdate(subject: string, previous: LiveEntity | null, node: LiveEntity, max: number | undefined): string {
  if (!previous || previous.__typename !== node.__typename) return `updated ${subject}`;
  const fields = changedFields(previous, node);
  if (fields.length) return `changed the ${listInWords(fields)} of ${subject}${fromTo(previous, node, max)}`;
  if (node.__typename === 'Objective' && previous.__typename === 'Objective' && previous.position !== node.position) {
    return `moved ${quotedTitle(node.title)} to position ${node.position + 1}`;
  }
  return `updated ${subject}`;
}

const quotedTitle = (title: string) => `"${title}"`;

/** ` from "old" to "new"` when one field changed and both values read well in a sentence; else nothing. */
function fromTo(previous: LiveEntity, node: LiveEntity, max: number | undefined): string {
  const change = singleChange(previous, node);
  if (!change) return '';
  const [before, after] = [changedValueInWords(change, change.before, max), changedValueInWords(change, change.after, max)];
  return before !== null && after !== null ? ` from ${before} to ${after}` : '';
}

/** APPROVAL_* events, when the approval came with the event. */
function approvalAction(type: string, node: Extract<LiveEntity, { __typename: 'Approval' }>): string | null {
  const agency = node.agency.shortName;
  switch (type) {
    case 'APPROVAL_REQUESTED':
      return `requested the approval of ${agency}`;
    case 'APPROVAL_DECIDED':
      return `${node.status === 'REJECTED' ? 'rejected' : 'approved'} revision ${node.revision ?? '?'} for ${agency}`;
    case 'APPROVAL_STALE':
      return `made the approval of ${agency} stale (the plan changed after it)`;
    case 'APPROVAL_RESET':
      return `reset the approval of ${agency} (the plan was rejected)`;
    default:
      return null;
  }
}

/**
 * What the actor did, e.g. `changed the success criteria of Objective 2 "Secure the perimeter"`.
 * Quoted text is cut to read as one line, unless `full` (the event log's CSV, a record for
 * investigators, keeps every word).
 */
export function describeAction(event: DescribableEvent, previous: LiveEntity | null = null, { full = false } = {}): string {
  const max = full ? Infinity : undefined;
  const node = liveNodeOf(event);
  const subject = node ? subjectOf(node, max) : previous ? subjectOf(previous, max) : (GENERIC_SUBJECTS[event.entityType] ?? 'an item');
  const verb = event.type.startsWith(`${event.entityType}_`) ? event.type.slice(event.entityType.length + 1) : event.type;

  const approval = node?.__typename === 'Approval' ? approvalAction(event.type, node) : null;
  if (approval) return approval;
  switch (event.type) {
    case 'PLAN_CREATED':
      return 'created the plan';
    // An agreement, training record or agency lead the plan relies on changed (readiness is judged again); the
    // record itself is shown on the overview, not in the plan's log.
    case 'READINESS_CHANGED':
      return 'changed an agreement, a training record or an agency lead this plan relies on; its readiness was checked again';
    case 'PLAN_UPDATED':
      return planUpdate(previous, node, max);
    case 'PLAN_AGENCY_ADDED':
      return agencyChange(event.agency, previous, node, true);
    case 'PLAN_AGENCY_REMOVED':
      return agencyChange(event.agency, previous, node, false);
    case 'CHECKLIST_ITEM_RESOLVED': {
      const outcome = node?.__typename === 'ChecklistItem' ? CHECKLIST_OUTCOMES[node.status] : undefined;
      return outcome ? `resolved ${subject} as ${outcome}` : `resolved ${subject}`;
    }
    case 'CHECKLIST_ITEM_REOPENED':
      return `reopened ${subject}`;
    // A draft debrief is its author's until submitted: for anyone else its events carry no node,
    // which says nothing was removed, only that the draft is not theirs to read.
    case 'DEBRIEF_SAVED':
      return isWithheld(event) ? 'saved a draft debrief (until it is submitted, only its author and oversight read it)' : 'saved a draft debrief';
    case 'DEBRIEF_SUBMITTED':
      if (node?.__typename === 'Debrief' && node.author.id === event.actor.id) return 'submitted their debrief';
      return node ? `submitted ${subject}` : 'submitted a debrief';
    case 'TIMELINE_EVENT_ACTUALS_RECORDED':
      return `recorded the actual times of ${subject}`;
    // The log's own words, as the officer wrote them.
    case 'ACTIVITY_LOGGED':
      return node?.__typename === 'ActivityEntry' ? `logged ${quoted(node.text, max)}` : 'logged an activity log entry';
  }
  if (STEPS[event.type]) return STEPS[event.type]!;
  switch (verb) {
    case 'ADDED':
      return `added ${subject}`;
    case 'REMOVED':
      return isWithheld(event) ? `changed ${subject}` : `removed ${subject}`;
    case 'UPDATED':
      return node ? entityUpdate(subject, previous, node, max) : `updated ${subject}`;
    default:
      return `${event.type.toLowerCase().replace(/_/g, ' ')}`;
  }
}

/** The whole sentence, e.g. `Maria Lopez (CBP) changed the success criteria of Objective 2 "…"`. */
export function describeEvent(event: DescribableEvent, previous: LiveEntity | null = null): string {
  return `${actorOf(event)} ${describeAction(event, previous)}`;
}
