import { DEFAULT_DEMO_PASSWORD } from '../src/core/config/app-config';
import { DEMO_USERS } from '../src/database/seed/demo-data';
import { startTestApp, type TestApp } from './support/test-app';

describe('start-up seeding', () => {
  describe('outside production, on an empty database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ seedDemoData: true, adminEmail: 'it@agency.example', adminPassword: 'it-admin-passphrase' });
    });
    afterAll(() => t.close());

    it('seeds the demo agencies and one account per role, who can sign in with the demo password', async () => {
      const agencies = await t.db.query(`SELECT short_name FROM agencies ORDER BY short_name`);
      expect(agencies.map((row: { short_name: string }) => row.short_name)).toEqual(['CBP', 'ICE HSI', 'NC OLEO', 'NCSHP', 'WCSO']);
      const roles = new Set(DEMO_USERS.flatMap((user) => user.roles));
      expect([...roles].sort()).toEqual(['ADMIN', 'AGENCY_LEAD', 'OFFICER', 'OVERSIGHT', 'PLANNER']);
      await expect(t.login('dana.whitfield@ncshp.example', DEFAULT_DEMO_PASSWORD)).resolves.toBeTruthy();
    });

    it('creates the configured administrator', async () => {
      const token = await t.login('it@agency.example', 'it-admin-passphrase');
      expect((await t.gql(`{ me { roles } }`, {}, token)).data?.me.roles).toEqual(['ADMIN']);
    });

    it('seeds a draft plan with every section filled and honest blockers', async () => {
      const token = await t.login('maria.lopez@cbp.example', DEFAULT_DEMO_PASSWORD);
      const list = await t.gql(`{ plans { edges { node { id title status agencies { shortName } objectives { id } roles { id } checklist { status } timeline { id } resources { id } comms { id } readiness { blockers { code } } } } } }`, {}, token);
      const [plan] = list.data?.plans.edges.map((edge: { node: unknown }) => edge.node) ?? [];
      expect(plan).toMatchObject({ status: 'DRAFT', title: expect.stringContaining('Safe Passage') });
      expect(plan.objectives).toHaveLength(3);
      expect(plan.roles).toHaveLength(4);
      expect(plan.timeline).toHaveLength(5);
      expect(plan.checklist.filter((item: { status: string }) => item.status === 'SATISFIED')).toHaveLength(2);
      const codes = plan.readiness.blockers.map((blocker: { code: string }) => blocker.code);
      expect(codes).toEqual(expect.arrayContaining(['AGENCY_WITHOUT_ROLE', 'OBJECTIVE_WITHOUT_CRITERIA', 'REQUIRED_CHECKLIST_OPEN']));
      expect(codes).not.toContain('TIMELINE_DEPENDENCY_OVERLAP');
    });

    it('seeds a closed operation with sign-off, activity, actuals, debriefs, a final report and tracked actions', async () => {
      const token = await t.login('evelyn.brooks@oversight.example', DEFAULT_DEMO_PASSWORD);
      const list = await t.gql(`{ plans(status: [CLOSED]) { edges { node { id title approvals { status } activityLog { text } debriefs { status }
        timeline { actualStartsAt } afterActionReport { finalizedAt debriefCount summary correctiveActions { status } } } } } }`, {}, token);
      const [closed] = list.data?.plans.edges.map((edge: { node: unknown }) => edge.node) ?? [];
      expect(closed.title).toMatch(/Clear Lanes/);
      expect(closed.approvals.map((a: { status: string }) => a.status)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
      expect(closed.activityLog).toHaveLength(3);
      expect(closed.debriefs.every((d: { status: string }) => d.status === 'SUBMITTED')).toBe(true);
      expect(closed.timeline.every((e: { actualStartsAt: string | null }) => e.actualStartsAt)).toBe(true);
      expect(closed.afterActionReport).toMatchObject({ debriefCount: 3, correctiveActions: [{ status: 'DONE' }, { status: 'OPEN' }] });
      expect(closed.afterActionReport.finalizedAt).not.toBeNull();
      const verify = await t.gql(`query($p: ID!) { verifyPlanLog(planId: $p) { ok } }`, { p: closed.id }, token);
      expect(verify.data?.verifyPlanLog.ok).toBe(true);
      const lessons = await t.gql(`{ lessons(search: "interpreters") { kind } }`, {}, token);
      expect(lessons.errors).toBeUndefined();
      expect(lessons.data?.lessons.length).toBeGreaterThan(0);
    });
  });

  describe('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ production: true, seedDemoData: false, adminEmail: 'it@agency.example', adminPassword: 'it-admin-passphrase' });
    });
    afterAll(() => t.close());

    it('seeds no demo data but still creates the configured administrator', async () => {
      expect(await t.db.query(`SELECT email FROM users`)).toEqual([{ email: 'it@agency.example' }]);
    });
  });
});
