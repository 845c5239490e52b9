import { can, ROLES, type Role } from '@jointops/domain';
import type { AuthenticatedUser } from '../src/modules/auth/authenticated-user';
import { PlanAccessService } from '../src/modules/plans/plan-access.service';
import { createPlan, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Lists find visible plans with `visibleCondition`, SQL; single reads and changes ask
 * `can(user, 'plan.read', plan)`. The two must agree, or a plan would show in a list and then
 * answer NOT_FOUND (or, worse, be readable without showing). This runs the SQL on PostgreSQL for
 * every role (and a few combinations) in every kind of agency, against plans with different lead
 * and participating agencies, and compares it with `can` on the same rows.
 */
describe('visibleCondition is the SQL twin of can(plan.read)', () => {
  let t: TestApp;
  let force: TaskForce;
  let plans: Array<{ id: string; leadAgencyId: string; agencyIds: string[] }>;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    const { ncshp, cbp } = force.agencies;
    await createPlan(t, force, { title: 'NCSHP with CBP', agencyIds: [cbp] });
    await createPlan(t, force, { title: 'NCSHP alone', agencyIds: [] });
    await t.gql(`mutation($a: [ID!]) { createPlan(input: { title: "WCSO with NCSHP", agencyIds: $a }) { id } }`, { a: [ncshp] }, force.tokens.wcsoPlanner);
    await t.gql(`mutation { createPlan(input: { title: "CBP alone" }) { id } }`, {}, force.tokens.cbpPlanner);
    const rows: Array<{ id: string; lead_agency_id: string; agency_ids: string[] }> = await t.db.query(
      `SELECT p.id, p.lead_agency_id, ARRAY(SELECT agency_id::text FROM plan_agencies pa WHERE pa.plan_id = p.id) AS agency_ids FROM plans p ORDER BY p.title`,
    );
    plans = rows.map((row) => ({ id: row.id, leadAgencyId: row.lead_agency_id, agencyIds: row.agency_ids }));
  });
  afterAll(() => t.close());

  const roleSets: Role[][] = [...ROLES.map((role) => [role]), ['PLANNER', 'OFFICER'], ['AGENCY_LEAD', 'PLANNER'], ['ADMIN', 'OVERSIGHT']];

  it('has plans of every shape', () => {
    expect(plans).toHaveLength(4);
    expect(new Set(plans.map((plan) => plan.leadAgencyId)).size).toBe(3);
  });

  it('selects exactly the plans can(plan.read) allows, for every role set in every agency', async () => {
    const access = t.app.get(PlanAccessService);
    const agencies = Object.entries(force.agencies);
    let visibleSomewhere = 0;
    let hiddenSomewhere = 0;
    for (const roles of roleSets) {
      for (const [name, agencyId] of agencies) {
        const user = { id: force.users.ncshpPlanner, email: 'x@example.org', roles, agencyId } as unknown as AuthenticatedUser;
        const condition = access.visibleCondition(user, 'p', '$1');
        const parameters = condition.includes('$1') ? [agencyId] : [];
        const selected: Array<{ id: string }> = await t.db.query(`SELECT p.id FROM plans p WHERE ${condition}`, parameters);
        const expected = plans.filter((plan) => can(user, 'plan.read', plan)).map((plan) => plan.id);
        expect({ roles, agency: name, visible: selected.map((row) => row.id).sort() }).toEqual({ roles, agency: name, visible: expected.sort() });
        for (const plan of plans) expect(access.canSee(user, plan.agencyIds)).toBe(expected.includes(plan.id));
        visibleSomewhere += expected.length;
        hiddenSomewhere += plans.length - expected.length;
      }
    }
    expect(visibleSomewhere).toBeGreaterThan(0);
    expect(hiddenSomewhere).toBeGreaterThan(0);
  });
});
