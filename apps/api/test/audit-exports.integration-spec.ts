import { accessRecordedBy } from './support/operation';
import { createPlan, errorOf, MISSING_ID, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Files the browser makes of a plan's records (the event log, the access log as CSV) are recorded
 * in the plan's access log as an EXPORT before they are handed out (recordPlanExport).
 */
const RECORD = `mutation($p: ID!, $kind: PlanExportKind!) { recordPlanExport(planId: $p, kind: $kind) }`;

describe('recordPlanExport: a CSV the browser makes is in the access log', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const record = (planId: string, kind: string, token: string) => t.gql(RECORD, { p: planId, kind }, token);

  it("records a member's event log CSV, and the access log's readers' access log CSV, as EXPORTs", async () => {
    const plan = await createPlan(t, force, { title: 'Exported logs' });
    const rows = await accessRecordedBy(t, plan.id, async () => {
      expect((await record(plan.id, 'EVENT_LOG_CSV', force.tokens.cbpPlanner)).data?.recordPlanExport).toBe(true);
      expect((await record(plan.id, 'ACCESS_LOG_CSV', force.tokens.ncshpLead)).data?.recordPlanExport).toBe(true);
    });
    expect(rows.filter((row) => row.action === 'EXPORT').map((row) => [row.user_id, row.kind])).toEqual([
      [force.users.cbpPlanner, 'event-log.csv'],
      [force.users.ncshpLead, 'access-log.csv'],
    ]);
  });

  it("refuses the access log's CSV to a member who may not read the access log, and records the refusal, not an export", async () => {
    const plan = await createPlan(t, force, { title: 'Refused export' });
    const rows = await accessRecordedBy(t, plan.id, async () => {
      expect(errorOf(await record(plan.id, 'ACCESS_LOG_CSV', force.tokens.cbpPlanner)).extensions?.code).toBe('FORBIDDEN');
    });
    expect(rows.map((row) => [row.user_id, row.action, row.kind])).toEqual([[force.users.cbpPlanner, 'DENIED', 'accessLog']]);
  });

  it('answers NOT_FOUND for a plan the caller may not see or that does not exist, and refuses an unknown kind; nothing is exported', async () => {
    const plan = await createPlan(t, force, { title: 'Outsider export' });
    const rows = await accessRecordedBy(t, plan.id, async () => {
      expect(errorOf(await record(plan.id, 'EVENT_LOG_CSV', force.tokens.wcsoPlanner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await record(MISSING_ID, 'EVENT_LOG_CSV', force.tokens.cbpPlanner)).extensions?.code).toBe('NOT_FOUND');
      const unknown = errorOf(await record(plan.id, 'PLAN_PDF', force.tokens.cbpPlanner));
      expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknown.message).toMatch(/PLAN_PDF.*PlanExportKind/);
    });
    expect(rows.filter((row) => row.action === 'EXPORT')).toEqual([]);
  });
});
