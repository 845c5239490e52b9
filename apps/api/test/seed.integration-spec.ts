import { Clock } from '../src/core/clock/clock';
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
      // Its window, timeline, comms, resources per agency and assignees are all in place.
      for (const code of ['NO_WINDOW', 'WINDOW_STARTED', 'NO_TIMELINE', 'NO_COMMS', 'AGENCY_WITHOUT_RESOURCE', 'ROLE_WITHOUT_ASSIGNEE']) expect(codes).not.toContain(code);
    });

    it('makes the closed operation with the clock at its own dates, then gives the clock back', async () => {
      const [plan] = await t.db.query(`SELECT id, created_at FROM plans WHERE title LIKE '%Clear Lanes%'`);
      expect(plan.created_at.toISOString()).toBe('2026-09-01T13:00:00.000Z');
      const events: Array<{ type: string; at: Date }> = await t.db.query(`SELECT type, at FROM plan_events WHERE plan_id = $1 ORDER BY seq`, [plan.id]);
      const firstAt = (type: string) => events.find((event) => event.type === type)?.at.toISOString();
      expect(firstAt('PLAN_CREATED')).toBe('2026-09-01T13:00:00.000Z');
      expect(firstAt('PLAN_SUBMITTED')).toBe('2026-09-03T16:00:00.000Z');
      expect(firstAt('PLAN_APPROVED')).toBe('2026-09-08T15:00:00.000Z');
      expect(firstAt('PLAN_ACTIVATED')).toBe('2026-09-12T10:50:00.000Z');
      expect(firstAt('PLAN_COMPLETED')).toBe('2026-09-13T13:00:00.000Z');
      expect(firstAt('PLAN_CLOSED')).toBe('2026-10-21T13:00:00.000Z');
      // In order, and none dated at the time the seed actually ran.
      const times = events.map((event) => event.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBe(Date.parse('2026-10-21T13:00:00Z'));
      const activity: Array<{ at: Date }> = await t.db.query(`SELECT at FROM activity_entries WHERE plan_id = $1 ORDER BY at`, [plan.id]);
      expect(activity.map((entry) => entry.at.toISOString())).toEqual(['2026-09-12T11:40:00.000Z', '2026-09-12T12:45:00.000Z', '2026-09-12T14:05:00.000Z']);
      const decided: Array<{ decided_at: Date }> = await t.db.query(`SELECT decided_at FROM approvals WHERE plan_id = $1 ORDER BY decided_at`, [plan.id]);
      expect(decided.every((row) => row.decided_at < new Date('2026-09-12T11:00:00Z'))).toBe(true);
      const [report] = await t.db.query(`SELECT finalized_at FROM after_action_reports WHERE plan_id = $1`, [plan.id]);
      expect(report.finalized_at.toISOString()).toBe('2026-10-21T13:00:00.000Z');
      expect(Math.abs(t.app.get(Clock).now().getTime() - Date.now())).toBeLessThan(5000);
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

    it('has a clock nobody can set', () => {
      const clock = t.app.get(Clock);
      expect(clock.isSettable).toBe(false);
      expect(() => clock.setTo('2020-01-01T00:00:00Z')).toThrow('The clock cannot be set in production.');
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5000);
    });
  });
});
