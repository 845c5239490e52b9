import { cachedPlan, CBP, DANA_ACTOR, NCSHP, objective, planEvent } from '../live/live-fixtures';
import type { LiveEntity } from '../live/live-node';
import { describeEvent } from './describe-event';
import { relativeTime } from '../shared/relative-time';

const role = {
  __typename: 'RoleAssignment' as const,
  id: 'r1',
  version: 1,
  title: 'Federal Liaison Officer',
  responsibilities: 'Liaise',
  agency: CBP,
  assignee: null,
  objectives: [],
  place: null,
};
const checklistItem = (status: string) => ({
  __typename: 'ChecklistItem' as const,
  id: 'c1',
  version: 2,
  category: 'LEGAL',
  text: 'Legal counsel has reviewed the plan.',
  required: true,
  citation: null,
  status,
  note: 'Reviewed by counsel',
  reviewedBy: null,
  reviewedAt: null,
});
const planNode = (agencies: object[], status = 'DRAFT', title = 'Operation Safe Passage') => ({
  __typename: 'Plan' as const,
  id: 'p1',
  title,
  summary: 'Escort',
  status,
  version: 4,
  revision: 10,
  startsAt: null,
  endsAt: null,
  agencies,
});

const debrief = {
  __typename: 'Debrief' as const,
  id: 'd1',
  version: 1,
  status: 'DRAFT',
  submittedAt: null,
  author: { __typename: 'User' as const, id: 'u-maria', displayName: 'Maria Lopez' },
  agency: CBP,
  outcomes: [],
  incidents: [],
  strengths: [],
  improvements: [],
  narrative: '',
  lastStep: 0,
};

describe('describeEvent', () => {
  it('words a readiness change caused outside the plan (an agreement or training record)', () => {
    expect(describeEvent(planEvent(12, 'READINESS_CHANGED', 'PLAN', 'p1', null))).toBe(
      'Maria Lopez (CBP) changed an agreement, a training record or an agency lead this plan relies on; its readiness was checked again',
    );
  });

  it("says a withheld draft debrief was saved, not removed (its node is the author's)", () => {
    const text = describeEvent(planEvent(10, 'DEBRIEF_SAVED', 'DEBRIEF', 'd1', null));
    expect(text).toBe('Maria Lopez (CBP) saved a draft debrief (until it is submitted, only its author and oversight read it)');
    expect(describeEvent(planEvent(11, 'DEBRIEF_REMOVED', 'DEBRIEF', 'd1', null))).not.toContain('removed');
  });

  it('names the debrief when its node came with the event', () => {
    expect(describeEvent(planEvent(10, 'DEBRIEF_SAVED', 'DEBRIEF', 'd1', debrief))).toBe('Maria Lopez (CBP) saved a draft debrief');
    // Their own: "submitted their debrief", not "the debrief of" themselves.
    expect(describeEvent(planEvent(11, 'DEBRIEF_SUBMITTED', 'DEBRIEF', 'd1', { ...debrief, status: 'SUBMITTED' } as typeof debrief))).toBe('Maria Lopez (CBP) submitted their debrief');
    expect(describeEvent(planEvent(11, 'DEBRIEF_SUBMITTED', 'DEBRIEF', 'd1', { ...debrief, status: 'SUBMITTED' } as typeof debrief, DANA_ACTOR))).toBe(
      'Dana Whitfield (NCSHP) submitted the debrief of Maria Lopez (CBP)',
    );
    expect(describeEvent(planEvent(12, 'OBJECTIVE_REMOVED', 'OBJECTIVE', 'o1', null))).toBe('Maria Lopez (CBP) removed an objective');
  });


  it("words the plan's steps and the report's in a sentence, not as the event's type", () => {
    const said = (type: string, entityType: string) => describeEvent(planEvent(20, type, entityType, 'p1', null));
    expect(said('PLAN_SUBMITTED', 'PLAN')).toBe('Maria Lopez (CBP) submitted the plan for review');
    expect(said('PLAN_ACTIVATED', 'PLAN')).toBe('Maria Lopez (CBP) activated the operation');
    expect(said('PLAN_COMPLETED', 'PLAN')).toBe('Maria Lopez (CBP) completed the operation');
    expect(said('AFTER_ACTION_REPORT_DRAFTED', 'AFTER_ACTION_REPORT')).toBe('Maria Lopez (CBP) drafted the after-action report');
    expect(said('TIMELINE_EVENT_ACTUALS_RECORDED', 'TIMELINE_EVENT')).toBe('Maria Lopez (CBP) recorded the actual times of a timeline event');
    // An officer's activity log entry, in their words.
    const entry = { __typename: 'ActivityEntry' as const, id: 'e1', at: '2027-01-03T10:00:00Z', text: 'Northbound lanes reopened at mile 79', author: { id: 'u-maria', displayName: 'Maria Lopez' }, agency: CBP };
    expect(describeEvent({ ...planEvent(21, 'ACTIVITY_LOGGED', 'ACTIVITY_ENTRY', 'e1', null), debriefNode: entry } as never)).toBe('Maria Lopez (CBP) logged "Northbound lanes reopened at mile 79"');
    expect(said('ACTIVITY_LOGGED', 'ACTIVITY_ENTRY')).toBe('Maria Lopez (CBP) logged an activity log entry');
  });

  it('names the changed field of an objective when the previous snapshot is known', () => {
    const before = objective('o2', 1, 'Keep lanes open') as LiveEntity;
    const event = planEvent(10, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', objective('o2', 1, 'Keep lanes open', 'Under 10 min'));
    expect(describeEvent(event, before)).toBe('Maria Lopez (CBP) changed the success criteria of Objective 2 "Keep lanes open" from nothing to "Under 10 min"');
  });

  it('says what a single field changed from and to, as oversight reads it', () => {
    const before = objective('o2', 1, 'Keep lanes open') as LiveEntity;
    const event = planEvent(10, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', objective('o2', 1, 'Keep both lanes open'), DANA_ACTOR);
    expect(describeEvent(event, before)).toBe('Dana Whitfield (NCSHP) changed the title of Objective 2 "Keep both lanes open" from "Keep lanes open" to "Keep both lanes open"');
    const long = objective('o2', 1, 'Keep lanes open', 'x'.repeat(200));
    expect(describeEvent(planEvent(11, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', long), before)).toMatch(/from nothing to "x{59}…"$/);
    const two = objective('o2', 1, 'Other title', 'Other criteria');
    expect(describeEvent(planEvent(12, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', two), before)).toBe('Maria Lopez (CBP) changed the title and success criteria of Objective 2 "Other title"');
  });

  it('says a code-valued field (a status, a priority, a phase) changed in its words, not its code', () => {
    const before = { ...objective('o2', 1, 'Keep lanes open'), priority: 'HIGH' } as LiveEntity;
    const after = { ...objective('o2', 1, 'Keep lanes open'), priority: 'CRITICAL' };
    expect(describeEvent(planEvent(13, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', after, DANA_ACTOR), before)).toBe(
      'Dana Whitfield (NCSHP) changed the priority of Objective 2 "Keep lanes open" from High to Critical',
    );
    const action = (status: string) => ({ __typename: 'CorrectiveAction' as const, id: 'ca1', version: 1, title: 'Radio interop drill', dueDate: '2027-01-15', closedAt: null, status, notes: '', ownerAgency: CBP });
    expect(describeEvent(planEvent(14, 'CORRECTIVE_ACTION_UPDATED', 'CORRECTIVE_ACTION', 'ca1', action('IN_PROGRESS'), DANA_ACTOR), action('OPEN') as LiveEntity)).toMatch(
      /changed the status of .* from Open to In progress$/,
    );
  });

  it('says "updated" without a previous snapshot, and "moved" for a position change', () => {
    const event = planEvent(10, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', objective('o2', 0, 'Keep lanes open'));
    expect(describeEvent(event)).toBe('Maria Lopez (CBP) updated Objective 1 "Keep lanes open"');
    expect(describeEvent(event, objective('o2', 1, 'Keep lanes open') as LiveEntity)).toBe('Maria Lopez (CBP) moved "Keep lanes open" to position 1');
  });

  it('describes additions with what was added', () => {
    expect(describeEvent(planEvent(10, 'ROLE_ADDED', 'ROLE', 'r1', role, DANA_ACTOR))).toBe('Dana Whitfield (NCSHP) added the role Federal Liaison Officer for CBP');
  });

  it('describes checklist resolutions with their outcome', () => {
    expect(describeEvent(planEvent(10, 'CHECKLIST_ITEM_RESOLVED', 'CHECKLIST_ITEM', 'c1', checklistItem('SATISFIED')))).toBe(
      'Maria Lopez (CBP) resolved the checklist item "Legal counsel has reviewed the plan." as satisfied',
    );
    expect(describeEvent(planEvent(11, 'CHECKLIST_ITEM_RESOLVED', 'CHECKLIST_ITEM', 'c1', checklistItem('NOT_APPLICABLE')))).toMatch(/as not applicable$/);
    expect(describeEvent(planEvent(12, 'CHECKLIST_ITEM_REOPENED', 'CHECKLIST_ITEM', 'c1', checklistItem('OPEN')))).toBe('Maria Lopez (CBP) reopened the checklist item "Legal counsel has reviewed the plan."');
  });

  it('describes removals, naming the item when it was known', () => {
    expect(describeEvent(planEvent(10, 'TIMELINE_EVENT_REMOVED', 'TIMELINE_EVENT', 't1', null))).toBe('Maria Lopez (CBP) removed a timeline event');
    expect(describeEvent(planEvent(10, 'ROLE_REMOVED', 'ROLE', 'r1', null), role as LiveEntity)).toBe('Maria Lopez (CBP) removed the role Federal Liaison Officer for CBP');
  });

  it('describes plan changes: status, fields, agencies', () => {
    const plan = cachedPlan();
    const before = planNode([CBP]) as LiveEntity;
    expect(describeEvent(planEvent(10, 'PLAN_AGENCY_ADDED', 'PLAN', 'p1', planNode([CBP, NCSHP])), before)).toBe('Maria Lopez (CBP) added NCSHP to the plan');
    expect(describeEvent(planEvent(10, 'PLAN_AGENCY_ADDED', 'PLAN', 'p1', planNode(plan.agencies)))).toBe('Maria Lopez (CBP) added an agency to the plan');
    // The event names its agency: no earlier snapshot of the plan is needed.
    expect(describeEvent({ ...planEvent(12, 'PLAN_AGENCY_REMOVED', 'PLAN', 'p1', planNode([CBP])), agency: { id: 'a-ncshp', shortName: 'NCSHP' } })).toBe('Maria Lopez (CBP) removed NCSHP from the plan');
    expect(describeEvent({ ...planEvent(12, 'PLAN_AGENCY_ADDED', 'PLAN', 'p1', planNode([CBP, NCSHP])), agency: { id: 'a-ncshp', shortName: 'NCSHP' } })).toBe('Maria Lopez (CBP) added NCSHP to the plan');
    expect(describeEvent(planEvent(11, 'PLAN_UPDATED', 'PLAN', 'p1', planNode([CBP], 'IN_REVIEW')), before)).toBe('Maria Lopez (CBP) moved the plan to In review');
    expect(describeEvent(planEvent(11, 'PLAN_UPDATED', 'PLAN', 'p1', planNode([CBP], 'DRAFT', 'New name')), before)).toBe('Maria Lopez (CBP) changed the title of the plan from "Operation Safe Passage" to "New name"');
    expect(describeEvent(planEvent(1, 'PLAN_CREATED', 'PLAN', 'p1', planNode([CBP])))).toBe('Maria Lopez (CBP) created the plan');
  });

  it('falls back to the event type in words', () => {
    expect(describeEvent(planEvent(10, 'APPROVAL_DECIDED', 'APPROVAL', 'x1', null))).toBe('Maria Lopez (CBP) approval decided');
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2027-03-03T10:00:00Z');
  it('speaks in minutes, hours and days', () => {
    expect(relativeTime('2027-03-03T09:59:50Z', now)).toBe('just now');
    expect(relativeTime('2027-03-03T09:58:00Z', now)).toBe('2 minutes ago');
    expect(relativeTime('2027-03-03T07:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2027-03-02T10:00:00Z', now)).toBe('yesterday');
  });
});
