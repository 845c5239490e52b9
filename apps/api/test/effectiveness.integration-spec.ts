import { asAt } from './support/clock';
import { closedOperation, fileComplaint } from './support/effectiveness';
import { accessRecordedBy, activePlan } from './support/operation';
import { errorOf, MISSING_ID, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const FIGURES = `from to operations objectivesMet objectivesPartiallyMet objectivesNotMet medianStartSlipMinutes incidentsPerOperation complaintsPerOperation
  correctiveActionsClosedOnTime correctiveActionsClosedLate correctiveActionsOverdue plans { id title }
  operationFigures { plan { id } objectivesMet objectivesPartiallyMet objectivesNotMet medianStartSlipMinutes eventsWithActualStart incidents complaints
    correctiveActionsClosedOnTime correctiveActionsClosedLate correctiveActionsOverdue }`;
const QUERY = `query($from: DateTime!, $to: DateTime!, $agencyId: ID) { effectiveness(from: $from, to: $to, agencyId: $agencyId) { ${FIGURES} } }`;
const PERIOD = { from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' };
/** When the report is read unless a test says otherwise: after every fixture, before B's second action falls due. */
const READ_AT = '2026-11-01T12:00:00Z';

describe('effectiveness (issue 17): how the closed operations of a period went', () => {
  let t: TestApp;
  let force: TaskForce;
  let alpha: string;
  let bravo: string;
  let charlie: string;

  const read = (token: string | null, variables: Record<string, unknown> = {}, at = READ_AT) => asAt(t, at, () => t.gql(QUERY, { ...PERIOD, ...variables }, token));
  const report = async (token: string, variables: Record<string, unknown> = {}, at = READ_AT) => {
    const result = await read(token, variables, at);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data!.effectiveness;
  };
  const rowOf = (figures: { operationFigures: Array<{ plan: { id: string } }> }, planId: string) => figures.operationFigures.find((row) => row.plan.id === planId);

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    // Alpha (NCSHP and CBP): objectives MET 2-0, a MET/PARTIALLY_MET tie (partially) and NOT_MET 1-0 beside a NOT_ATTEMPTED
    // (not met); starts 10, 30 and -5 minutes off; 3 submitted incidents (a draft's 4 do not count); 2 complaints;
    // actions: closed before the due date, closed after it, closed on its due day (on time: a due date is a calendar
    // day), and closed, reopened and closed again after it.
    alpha = (
      await closedOperation(t, force, {
        title: 'Alpha',
        startsAt: '2026-03-01T06:00:00Z',
        endsAt: '2026-03-01T18:00:00Z',
        withCbp: true,
        extraObjectives: 2,
        extraEvents: [
          { title: 'Sweep', startsAt: '2026-03-01T08:00:00Z' },
          { title: 'Demobilize', startsAt: '2026-03-01T16:00:00Z' },
        ],
        startSlips: [10, 30, -5],
        debriefs: [
          { by: 'ncshpOfficer', outcomes: ['MET', 'PARTIALLY_MET', 'NOT_MET'], incidents: 2 },
          { by: 'cbpPlanner', outcomes: ['MET', 'MET', 'NOT_ATTEMPTED'], incidents: 1 },
          { by: 'ncshpPlanner', outcomes: ['NOT_MET', 'NOT_MET', 'NOT_MET'], incidents: 4, draft: true },
        ],
        actions: [
          { title: 'On time', dueDate: '2026-04-01T00:00:00Z', changes: [{ at: '2026-03-20T12:00:00Z', status: 'DONE' }] },
          { title: 'Late', dueDate: '2026-04-01T00:00:00Z', changes: [{ at: '2026-04-15T12:00:00Z', status: 'DONE' }] },
          { title: 'On its due day', dueDate: '2026-04-01T00:00:00Z', changes: [{ at: '2026-04-01T18:00:00Z', status: 'DONE' }] },
          {
            title: 'Reopened',
            dueDate: '2026-05-01T00:00:00Z',
            changes: [
              { at: '2026-04-20T12:00:00Z', status: 'DONE' },
              { at: '2026-04-25T12:00:00Z', status: 'IN_PROGRESS' },
              { at: '2026-05-10T12:00:00Z', status: 'DONE' },
            ],
          },
        ],
      })
    ).planId;
    // Bravo (NCSHP alone): its one objective NOT_MET on a NOT_MET/PARTIALLY_MET tie; one start an hour late; 1 incident;
    // 1 complaint; one action open past its due date (1 July), one open and due in 2027.
    bravo = (
      await closedOperation(t, force, {
        title: 'Bravo',
        startsAt: '2026-05-10T06:00:00Z',
        endsAt: '2026-05-11T06:00:00Z',
        withCbp: false,
        startSlips: [60],
        debriefs: [
          { by: 'ncshpOfficer', outcomes: ['NOT_MET'], incidents: 1 },
          { by: 'ncshpLead', outcomes: ['PARTIALLY_MET'], incidents: 0 },
        ],
        actions: [
          { title: 'Overdue', dueDate: '2026-07-01T00:00:00Z', changes: [{ at: '2026-06-01T12:00:00Z', status: 'IN_PROGRESS' }] },
          { title: 'Not due', dueDate: '2027-01-01T00:00:00Z', changes: [] },
        ],
      })
    ).planId;
    // Charlie (NCSHP and CBP): its window overlaps the period's last day; no debrief, no actual, no action.
    charlie = (await closedOperation(t, force, { title: 'Charlie', startsAt: '2026-06-30T20:00:00Z', endsAt: '2026-07-01T08:00:00Z', withCbp: true })).planId;
    // Not counted: a closed operation before the period, and an active one in it, each with a complaint; a complaint of no operation.
    const delta = await closedOperation(t, force, { title: 'Delta', startsAt: '2025-11-01T06:00:00Z', endsAt: '2025-11-01T18:00:00Z', withCbp: true, startSlips: [500] });
    const echo = await activePlan(t, force, { title: 'Echo', startsAt: '2026-04-01T06:00:00Z', endsAt: '2026-04-01T18:00:00Z' });
    for (const planId of [alpha, alpha, bravo, delta.planId, echo.planId, null]) await fileComplaint(t, planId);
  }, 180_000);
  afterAll(() => t.close());

  it('gives oversight every closed operation of the period: each figure exactly, the median over every event with an actual start', async () => {
    const figures = await report(force.tokens.oversight);
    expect(figures).toMatchObject({
      from: PERIOD.from,
      to: PERIOD.to,
      operations: 3,
      objectivesMet: 1,
      objectivesPartiallyMet: 1,
      objectivesNotMet: 2,
      // Starts off by -5, 10, 30 and 60 minutes.
      medianStartSlipMinutes: 20,
      incidentsPerOperation: 4 / 3,
      complaintsPerOperation: 1,
      correctiveActionsClosedOnTime: 2,
      correctiveActionsClosedLate: 2,
      correctiveActionsOverdue: 1,
    });
    // Latest window first.
    expect(figures.plans).toEqual([
      { id: charlie, title: 'Charlie' },
      { id: bravo, title: 'Bravo' },
      { id: alpha, title: 'Alpha' },
    ]);
    expect(figures.operationFigures.map((row: { plan: { id: string } }) => row.plan.id)).toEqual([charlie, bravo, alpha]);
    expect(rowOf(figures, alpha)).toEqual({
      plan: { id: alpha },
      objectivesMet: 1,
      objectivesPartiallyMet: 1,
      objectivesNotMet: 1,
      medianStartSlipMinutes: 10,
      eventsWithActualStart: 3,
      incidents: 3,
      complaints: 2,
      correctiveActionsClosedOnTime: 2,
      correctiveActionsClosedLate: 2,
      correctiveActionsOverdue: 0,
    });
    expect(rowOf(figures, bravo)).toMatchObject({ objectivesNotMet: 1, objectivesPartiallyMet: 0, medianStartSlipMinutes: 60, incidents: 1, complaints: 1, correctiveActionsOverdue: 1 });
    expect(rowOf(figures, charlie)).toEqual({
      plan: { id: charlie },
      objectivesMet: 0,
      objectivesPartiallyMet: 0,
      objectivesNotMet: 0,
      medianStartSlipMinutes: null,
      eventsWithActualStart: 0,
      incidents: 0,
      complaints: 0,
      correctiveActionsClosedOnTime: 0,
      correctiveActionsClosedLate: 0,
      correctiveActionsOverdue: 0,
    });
  });

  it("judges overdue by the server's clock", async () => {
    expect((await report(force.tokens.oversight, {}, '2026-06-15T00:00:00Z')).correctiveActionsOverdue).toBe(0);
    // 'Not due' is due on 1 January 2027: overdue once that day is over where the task force works (05:00 UTC, EST).
    expect((await report(force.tokens.oversight, {}, '2027-01-02T04:59:00Z')).correctiveActionsOverdue).toBe(1);
    expect((await report(force.tokens.oversight, {}, '2027-01-02T05:00:00Z')).correctiveActionsOverdue).toBe(2);
  });

  it('lets oversight narrow to one agency', async () => {
    const cbp = await report(force.tokens.oversight, { agencyId: force.agencies.cbp });
    expect(cbp.plans.map((plan: { id: string }) => plan.id)).toEqual([charlie, alpha]);
    expect(cbp).toMatchObject({ operations: 2, objectivesNotMet: 1, medianStartSlipMinutes: 10, incidentsPerOperation: 1.5, complaintsPerOperation: 1, correctiveActionsOverdue: 0 });
  });

  it('has null rates and no median when there is no operation', async () => {
    const expected = {
      operations: 0,
      objectivesMet: 0,
      objectivesPartiallyMet: 0,
      objectivesNotMet: 0,
      medianStartSlipMinutes: null,
      incidentsPerOperation: null,
      complaintsPerOperation: null,
      correctiveActionsClosedOnTime: 0,
      correctiveActionsClosedLate: 0,
      correctiveActionsOverdue: 0,
      plans: [],
      operationFigures: [],
    };
    expect(await report(force.tokens.oversight, { from: '2020-01-01T00:00:00Z', to: '2020-12-31T00:00:00Z' })).toMatchObject(expected);
    expect(await report(force.tokens.oversight, { agencyId: force.agencies.wcso })).toMatchObject(expected);
  });

  it("gives an agency lead the operations their agency took part in, by default and when they name it", async () => {
    for (const variables of [{}, { agencyId: force.agencies.cbp }]) {
      const figures = await report(force.tokens.cbpLead, variables);
      expect(figures.plans.map((plan: { id: string }) => plan.id)).toEqual([charlie, alpha]);
      expect(figures).toMatchObject({
        operations: 2,
        objectivesMet: 1,
        objectivesPartiallyMet: 1,
        objectivesNotMet: 1,
        medianStartSlipMinutes: 10,
        incidentsPerOperation: 1.5,
        complaintsPerOperation: 1,
        correctiveActionsClosedOnTime: 2,
        correctiveActionsClosedLate: 2,
        correctiveActionsOverdue: 0,
      });
    }
    expect((await report(force.tokens.ncshpLead)).plans.map((plan: { id: string }) => plan.id)).toEqual([charlie, bravo, alpha]);
  });

  it("refuses an agency lead another agency's operations", async () => {
    const result = await read(force.tokens.cbpLead, { agencyId: force.agencies.ncshp });
    expect(errorOf(result).extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.effectiveness ?? null).toBeNull();
  });

  it('refuses everyone else: planners, officers and administrators FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    for (const person of ['ncshpPlanner', 'ncshpOfficer', 'ncshpAdmin', 'cbpPlanner'] as const) {
      const result = await read(force.tokens[person]);
      expect({ person, code: errorOf(result).extensions?.code, data: result.data?.effectiveness ?? null }).toEqual({ person, code: 'FORBIDDEN', data: null });
    }
    expect(errorOf(await read(null)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers bad input with VALIDATION naming the argument, and nothing else', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ from: '2026-07-01T00:00:00Z', to: '2026-06-30T00:00:00Z' }, 'to'],
      [{ from: '2020-01-01T00:00:00Z', to: '2025-01-03T00:00:00Z' }, 'to'],
      [{ from: '1999-12-31T00:00:00Z' }, 'from'],
      [{ agencyId: MISSING_ID }, 'agencyId'],
      [{ agencyId: 'not-an-id' }, 'agencyId'],
    ];
    for (const [variables, field] of cases) {
      for (const token of [force.tokens.oversight, force.tokens.cbpLead]) {
        const result = await read(token, variables);
        const { extensions } = errorOf(result);
        expect({ variables, errors: result.errors!.length, code: extensions?.code, field: extensions?.field, data: result.data?.effectiveness ?? null }).toEqual({
          variables,
          errors: 1,
          code: 'BAD_USER_INPUT',
          field,
          data: null,
        });
      }
    }
    // Five years is the longest period.
    expect((await read(force.tokens.oversight, { from: '2021-07-01T00:00:00Z', to: '2026-06-30T23:59:59Z' })).errors).toBeUndefined();
  });

  it('access-logs the listed plans as read by the caller, under this query', async () => {
    const rows = await accessRecordedBy(t, alpha, () => report(force.tokens.cbpLead));
    expect(rows.map(({ user_id, action, kind }) => ({ user_id, action, kind }))).toEqual([{ user_id: force.users.cbpLead, action: 'VIEW', kind: 'effectiveness' }]);
  });
});
