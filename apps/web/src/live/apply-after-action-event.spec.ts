import { createCache, DebriefSectionDocument, OperationSectionDocument, ReportDebriefsOutstandingDocument, ReportSectionDocument } from '@jointops/web-data';
import { applyPlanEvent } from './apply-plan-event';
import { CBP, MARIA_ACTOR, planEvent } from './live-fixtures';

const agency = { __typename: 'Agency' as const, id: CBP.id, shortName: CBP.shortName, name: CBP.name };
const author = { __typename: 'User' as const, id: 'u-maria', displayName: 'Maria Lopez' };
const entry = (id: string, at: string) => ({ __typename: 'ActivityEntry' as const, id, at, text: `Entry ${id}`, author, agency });

/** The event with its node under the after-action aliases, as the server answers. */
function afterActionEvent(seq: number, type: string, entityType: string, node: { __typename: string; id: string; [key: string]: unknown }, alias: 'debriefNode' | 'reportNode') {
  return { ...planEvent(seq, type, entityType, node.id, { __typename: node.__typename }, MARIA_ACTOR), [alias]: node };
}

const action = (id: string) => ({ __typename: 'CorrectiveAction' as const, id, version: 1, title: `Action ${id}`, dueDate: '2027-06-01T00:00:00.000Z', closedAt: null, status: 'OPEN', notes: '', ownerAgency: agency });
const report = { __typename: 'AfterActionReport' as const, id: 'r1', version: 1, summary: '', debriefCount: 1, finalizedAt: null, finalizedBy: null, objectiveResults: [], timelineDeviations: [], strengths: ['Clear briefing'], improvements: [], incidents: [], correctiveActions: [] };

describe('applyPlanEvent: after-action entities', () => {
  it('puts logged activity into Plan.activityLog in time order', () => {
    const cache = createCache();
    cache.writeQuery({ query: OperationSectionDocument, variables: { id: 'p1' }, data: { plan: { __typename: 'Plan', id: 'p1', roles: [], timeline: [], activityLog: [entry('e1', '2027-03-01T08:00:00Z')] } } as never });
    applyPlanEvent(cache, afterActionEvent(10, 'ACTIVITY_LOGGED', 'ACTIVITY_ENTRY', entry('e2', '2027-03-01T07:00:00Z'), 'debriefNode'), 9);
    const log = cache.readQuery({ query: OperationSectionDocument, variables: { id: 'p1' } })!.plan!.activityLog;
    expect(log.map((e) => e.id)).toEqual(['e2', 'e1']);
  });

  it('adds a saved debrief to Plan.debriefs once', () => {
    const cache = createCache();
    cache.writeQuery({ query: DebriefSectionDocument, variables: { id: 'p1' }, data: { plan: { __typename: 'Plan', id: 'p1', status: 'ACTIVE', activatedAt: '2027-03-01T06:00:00Z', completedAt: null, objectives: [], debriefs: [] } } as never });
    const debrief = { __typename: 'Debrief' as const, id: 'd1', version: 1, status: 'DRAFT', submittedAt: null, author, agency, outcomes: [], incidents: [], strengths: [], improvements: [], narrative: '', lastStep: 0 };
    applyPlanEvent(cache, afterActionEvent(10, 'DEBRIEF_SAVED', 'DEBRIEF', debrief, 'debriefNode'), 9);
    applyPlanEvent(cache, afterActionEvent(11, 'DEBRIEF_SUBMITTED', 'DEBRIEF', { ...debrief, version: 2, status: 'SUBMITTED' }, 'debriefNode'), 10);
    const debriefs = cache.readQuery({ query: DebriefSectionDocument, variables: { id: 'p1' } })!.plan!.debriefs;
    expect(debriefs.map((d) => [d.id, d.status])).toEqual([['d1', 'SUBMITTED']]);
  });

  it("does not read a withheld debrief (another member's draft: no node) as a removal", () => {
    const cache = createCache();
    const mine = { __typename: 'Debrief' as const, id: 'd1', version: 2, status: 'SUBMITTED', submittedAt: '2027-03-02T10:00:00Z', author, agency, outcomes: [], incidents: [], strengths: [], improvements: [], narrative: 'Mine', lastStep: 5 };
    cache.writeQuery({ query: DebriefSectionDocument, variables: { id: 'p1' }, data: { plan: { __typename: 'Plan', id: 'p1', status: 'ACTIVE', activatedAt: '2027-03-01T06:00:00Z', completedAt: null, objectives: [], debriefs: [mine] } } as never });
    const withheld = (seq: number, type: string, entityId: string) => planEvent(seq, type, 'DEBRIEF', entityId, null, MARIA_ACTOR);

    const saved = applyPlanEvent(cache, withheld(10, 'DEBRIEF_SAVED', 'd2'), 9);
    // Whatever the event type says, a DEBRIEF event without its node removes nothing.
    const removed = applyPlanEvent(cache, withheld(11, 'DEBRIEF_REMOVED', 'd1'), 10);
    expect(saved).toMatchObject({ node: null, previous: null });
    expect(removed?.node).toBeNull();
    const debriefs = cache.readQuery({ query: DebriefSectionDocument, variables: { id: 'p1' } })!.plan!.debriefs;
    expect(debriefs.map((d) => [d.id, d.narrative])).toEqual([['d1', 'Mine']]);
    expect(cache.extract()['Debrief:d2']).toBeUndefined();
  });

  it('sets Plan.afterActionReport when drafted and adds corrective actions to it', () => {
    const cache = createCache();
    cache.writeQuery({ query: ReportSectionDocument, variables: { id: 'p1' }, data: { plan: { __typename: 'Plan', id: 'p1', status: 'COMPLETED', afterActionReport: null } } as never });
    applyPlanEvent(cache, afterActionEvent(10, 'AFTER_ACTION_REPORT_DRAFTED', 'AFTER_ACTION_REPORT', report, 'reportNode'), 9);
    applyPlanEvent(cache, afterActionEvent(11, 'CORRECTIVE_ACTION_ADDED', 'CORRECTIVE_ACTION', action('ca1'), 'reportNode'), 10);
    const read = cache.readQuery({ query: ReportSectionDocument, variables: { id: 'p1' } })!.plan!.afterActionReport!;
    expect(read.strengths).toEqual(['Clear briefing']);
    expect(read.correctiveActions.map((a) => a.title)).toEqual(['Action ca1']);
  });

  it("drops the report's count of outstanding debriefs at a debrief event (also a withheld draft), so it is read again", () => {
    const cache = createCache();
    const data = { plan: { __typename: 'Plan', id: 'p1', afterActionReport: { __typename: 'AfterActionReport', id: 'r1', debriefsOutstanding: 2 } } };
    cache.writeQuery({ query: ReportDebriefsOutstandingDocument, variables: { id: 'p1' }, data: data as never });
    // Another event leaves it.
    applyPlanEvent(cache, afterActionEvent(10, 'CORRECTIVE_ACTION_ADDED', 'CORRECTIVE_ACTION', action('ca1'), 'reportNode'), 9);
    expect(cache.readQuery({ query: ReportDebriefsOutstandingDocument, variables: { id: 'p1' } })?.plan?.afterActionReport?.debriefsOutstanding).toBe(2);
    applyPlanEvent(cache, planEvent(11, 'DEBRIEF_SAVED', 'DEBRIEF', 'd9', null, MARIA_ACTOR), 10);
    expect((cache.extract() as Record<string, Record<string, unknown>>)['AfterActionReport:r1']).not.toHaveProperty('debriefsOutstanding');
    expect(cache.readQuery({ query: ReportDebriefsOutstandingDocument, variables: { id: 'p1' } })).toBeNull();
  });
});
