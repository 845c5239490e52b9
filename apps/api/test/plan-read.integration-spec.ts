import { statementsDuring, withoutBackgroundWrites } from './support/sql-statements';
import { createPlan, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/** Everything the plan workspace reads, nested as deep as the contract allows. */
const WHOLE_PLAN = `query($id: ID!) {
  plan(id: $id) {
    id title summary status version revision lastSeq contentHash startsAt endsAt createdAt updatedAt
    leadAgency { id name shortName level }
    agencies { id shortName }
    createdBy { id displayName agency { shortName } }
    readiness { ready blockers { code message entityId } }
    objectives { id version position title description successCriteria priority }
    roles { id version title responsibilities agency { id shortName } assignee { id displayName agency { shortName } } objectives { id title } }
    checklist { id version category text required citation status note reviewedAt reviewedBy { id displayName } }
    timeline { id version title phase startsAt endsAt notes agency { id shortName } dependsOn { id title } }
    resources { id version kind quantity notes agency { id shortName } }
    comms { id version name details purpose agency { id shortName } }
    events(limit: 50) { seq type actor { id displayName } node { __typename ... on Objective { id title } } }
  }
}`;

/** What the bench's plan read asks (bench/scenarios/4-plan-read.mjs): no computed fields, the first 50 log events. */
const BENCH_READ = `query($id: ID!) {
  plan(id: $id) {
    id title summary status version revision lastSeq startsAt endsAt timeZone createdAt updatedAt
    leadAgency { id name shortName level }
    agencies { id name shortName level }
    objectives { id version position title description successCriteria priority }
    roles { id version title responsibilities agency { id shortName } assignee { id displayName } objectives { id title } }
    checklist { id version category text required citation status note reviewedAt reviewedBy { id displayName } }
    timeline { id version title phase startsAt endsAt notes agency { id shortName } dependsOn { id title } }
    resources { id version kind quantity notes agency { id shortName } }
    comms { id version name details purpose agency { id shortName } }
    events(limit: 50) { seq type at actor { id displayName } }
  }
}`;

/** What the issue asks of a plan read: however large the plan, at most this many statements, session check included. */
const MAX_STATEMENTS = 8;

describe('reading a whole plan', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  /** Fills a plan straight through SQL: the read path is what is under test here. */
  async function fill(planId: string, size: number): Promise<void> {
    const { ncshp, cbp } = force.agencies;
    await t.db.query(
      `INSERT INTO objectives (plan_id, position, title, success_criteria) SELECT $1, i - 1, 'Objective ' || i, 'Criteria ' || i FROM generate_series(1, $2) i`,
      [planId, size],
    );
    const objectiveIds = (await t.db.query(`SELECT id FROM objectives WHERE plan_id = $1`, [planId])).map((row: { id: string }) => row.id);
    await t.db.query(
      `INSERT INTO role_assignments (plan_id, agency_id, title, assignee_id, objective_ids)
       SELECT $1, CASE WHEN i % 2 = 0 THEN $3::uuid ELSE $4::uuid END, 'Role ' || i, CASE WHEN i % 2 = 0 THEN $5::uuid ELSE $6::uuid END, $7::uuid[]
       FROM generate_series(1, $2) i`,
      [planId, size, cbp, ncshp, force.users.cbpPlanner, force.users.ncshpPlanner, objectiveIds.slice(0, 3)],
    );
    await t.db.query(
      `INSERT INTO checklist_items (plan_id, position, category, text, status, note, reviewed_by, reviewed_at)
       SELECT $1, i, 'OTHER', 'Item ' || i, 'SATISFIED', 'Done', $3, now() FROM generate_series(1, $2) i`,
      [planId, size, force.users.ncshpLead],
    );
    await t.db.query(
      `INSERT INTO timeline_events (plan_id, title, phase, starts_at, ends_at, agency_id)
       SELECT $1, 'Event ' || i, 'EXECUTION', '2027-03-01T06:00:00Z'::timestamptz + (i || ' minutes')::interval,
              '2027-03-01T06:00:00Z'::timestamptz + ((i + 1) || ' minutes')::interval, $3 FROM generate_series(1, $2) i`,
      [planId, size, cbp],
    );
    const first = (await t.db.query(`SELECT id FROM timeline_events WHERE plan_id = $1 ORDER BY starts_at LIMIT 1`, [planId]))[0].id;
    await t.db.query(`UPDATE timeline_events SET depends_on_ids = ARRAY[$2::uuid] WHERE plan_id = $1 AND id <> $2`, [planId, first]);
    await t.db.query(`INSERT INTO resource_commitments (plan_id, agency_id, kind, quantity) SELECT $1, $3, 'Kind ' || i, i FROM generate_series(1, $2) i`, [planId, size, ncshp]);
    await t.db.query(`INSERT INTO comms_channels (plan_id, name, details, agency_id) SELECT $1, 'Channel ' || i, 'TG ' || i, $3 FROM generate_series(1, $2) i`, [planId, size, cbp]);
  }

  /**
   * Every statement the app sends to PostgreSQL while it answers `query` (the session check
   * included), counted where node-pg sends them, as the bench's proxy counts them on the wire.
   */
  async function countQueries(query: string, planId: string): Promise<{ queries: number; plan: Record<string, any> }> {
    const { result, statements } = await statementsDuring(() => t.gql(query, { id: planId }, force.tokens.cbpPlanner));
    expect(result.errors).toBeUndefined();
    if (process.env.PRINT_QUERIES) console.log(statements.map((sql) => sql.slice(0, 120)).join('\n'));
    const reads = withoutBackgroundWrites(statements);
    return { queries: reads.length, plan: result.data?.plan };
  }

  it('runs at most 8 SQL statements, as many for a plan of 2 as for a plan of 200 of everything', async () => {
    const small = await createPlan(t, force, { title: 'Small plan' });
    const large = await createPlan(t, force, { title: 'Large plan' });
    await fill(small.id, 2);
    await fill(large.id, 200);

    for (const query of [WHOLE_PLAN, BENCH_READ]) {
      const smallRead = await countQueries(query, small.id);
      const largeRead = await countQueries(query, large.id);
      expect(largeRead.plan.objectives).toHaveLength(200);
      expect(largeRead.plan.roles[0].objectives.map((objective: { title: string }) => objective.title)).toEqual(['Objective 1', 'Objective 2', 'Objective 3']);
      expect(largeRead.plan.timeline.at(-1).dependsOn).toEqual([{ id: largeRead.plan.timeline[0].id, title: 'Event 1' }]);
      expect(largeRead.plan.roles.every((role: { agency: unknown }) => role.agency)).toBe(true);
      expect(largeRead.plan.checklist.every((item: { reviewedBy: unknown }) => item.reviewedBy)).toBe(true);
      // Not one more per item: at most 8 at either size (200 of everything would mean hundreds with
      // an N+1), and the same at both, give or take one: the users of the log and those of the
      // content are one batch when both arrive in the same tick, and two otherwise.
      expect(smallRead.queries).toBeLessThanOrEqual(MAX_STATEMENTS);
      expect(largeRead.queries).toBeLessThanOrEqual(MAX_STATEMENTS);
      expect(Math.abs(largeRead.queries - smallRead.queries)).toBeLessThanOrEqual(1);
    }
  });
});
