import { Clock } from '../src/core/clock/clock';
import { APP_CONFIG, DEFAULT_DEMO_PASSWORD } from '../src/core/config/app-config';
import { SeedService } from '../src/database/seed/seed.service';
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
      const list = await t.gql(`{ plans { edges { node { id title status agencies { shortName } objectives { id } roles { id } checklist { status } timeline { id } resources { id } comms { id } readiness { blockers { code message } } } } } }`, {}, token);
      const [plan] = list.data?.plans.edges.map((edge: { node: unknown }) => edge.node) ?? [];
      expect(plan).toMatchObject({ status: 'DRAFT', title: expect.stringContaining('Safe Passage') });
      expect(plan.objectives).toHaveLength(3);
      expect(plan.roles).toHaveLength(4);
      expect(plan.timeline).toHaveLength(5);
      // Language access is resolved; the agreements item stays open, as the seeded agreements do not cover the plan.
      expect(plan.checklist.filter((item: { status: string }) => item.status === 'SATISFIED')).toHaveLength(1);
      const codes = plan.readiness.blockers.map((blocker: { code: string }) => blocker.code);
      expect(codes).toEqual(expect.arrayContaining(['AGENCY_WITHOUT_ROLE', 'OBJECTIVE_WITHOUT_CRITERIA', 'REQUIRED_CHECKLIST_OPEN']));
      // Issue 16: the agreements and training the seed records show each blocker they can on the draft (a checkpoint).
      const byCode = (code: string) => plan.readiness.blockers.filter((blocker: { code: string }) => blocker.code === code).map((blocker: { message: string }) => blocker.message);
      expect(byCode('AGREEMENT_MISSING')).toEqual(['WCSO has no agreement with NCSHP in force for the whole operation window.']);
      expect(byCode('AGREEMENT_SCOPE')).toEqual(['No agreement between ICE HSI and NCSHP covers this type of operation.']);
      expect(byCode('TRAINING_MISSING')).toEqual(['James Okafor (Federal Liaison Officer) lacks Bias-free policing (BFP-200), current through the end of the operation.']);
      expect(codes).not.toContain('OPERATION_TYPE_MISSING');
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
      const list = await t.gql(`{ plans(status: [CLOSED]) { edges { node { id title approvals { status meaning secondFactor } activityLog { text } debriefs { status }
        timeline { actualStartsAt } afterActionReport { finalizedAt debriefCount summary correctiveActions { status } } } } } }`, {}, token);
      const [closed] = list.data?.plans.edges.map((edge: { node: unknown }) => edge.node) ?? [];
      expect(closed.title).toMatch(/Clear Lanes/);
      expect(closed.approvals.map((a: { status: string }) => a.status)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
      // Signed through the services, as the seed always did (the re-authentication window is the request layer's), with what each meant.
      for (const approval of closed.approvals) {
        expect(approval).toMatchObject({ secondFactor: false, meaning: expect.stringMatching(/^Approved revision \d+ \(content hash [0-9a-f]{8}…\) on behalf of (NCSHP|WCSO|CBP)$/) });
      }
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

    it('seeds complaints from the public, handled by oversight, three linked to the closed operation; the public side has figures to show', async () => {
      const token = await t.login('evelyn.brooks@oversight.example', DEFAULT_DEMO_PASSWORD);
      const complaints = await t.gql(`{ complaints { status outcome receivedAt plan { title } } }`, {}, token);
      expect(complaints.errors).toBeUndefined();
      const rows = complaints.data?.complaints as Array<{ status: string; outcome: string | null; plan: { title: string } | null }>;
      expect(rows).toHaveLength(10);
      expect(rows.filter((row) => row.plan?.title.includes('Clear Lanes')).map((row) => row.status).sort()).toEqual(['CLOSED', 'REFERRED', 'UNDER_REVIEW']);
      expect(rows.find((row) => row.status === 'CLOSED')?.outcome).toMatch(/No profiling found/);
      // Filed through the rules: only keyed hashes of addresses, and only for 30 days (from 4, 18, 21 and 25 November).
      const [{ filings }] = await t.db.query(`SELECT count(DISTINCT address_hash)::int AS filings FROM complaint_filings`);
      expect(filings).toBe(4);

      const published = await t.gql(`{ publicTransparency(year: 2026) { operations { value suppressed } complaintsByCategory { key count { value suppressed } } } }`, {}, null);
      expect(published.errors).toBeUndefined();
      const byCategory = Object.fromEntries(published.data?.publicTransparency.complaintsByCategory.map((row: { key: string; count: unknown }) => [row.key, row.count]));
      // 5 of racial profiling; the other categories, each under 5, hold 5 together, so it is shown.
      expect(byCategory['RACIAL_PROFILING']).toEqual({ value: 5, suppressed: false });
      expect(byCategory['LANGUAGE_ACCESS']).toEqual({ value: null, suppressed: true });

      const effectiveness = await t.gql(`{ effectiveness(from: "2026-01-01T00:00:00Z", to: "2026-12-31T23:59:59Z") { operations complaintsPerOperation } }`, {}, token);
      expect(effectiveness.data?.effectiveness).toEqual({ operations: 1, complaintsPerOperation: 3 });
    });

    it('tells the demo people what the seeded plans asked of them, and My work and the bell agree on what is overdue', async () => {
      const token = await t.login('marcus.bell@ncshp.example', DEFAULT_DEMO_PASSWORD);
      const result = await t.gql(`{ notifications(first: 100) { unreadCount nodes { kind plan { title } } } myWork { correctiveActions { overdue action { id } } } }`, {}, token);
      expect(result.errors).toBeUndefined();
      const { notifications, myWork } = result.data as any;
      expect(notifications.unreadCount).toBeGreaterThan(0);
      const kinds = new Set(notifications.nodes.map((node: { kind: string }) => node.kind));
      // The closed operation went through review and approval as the seed made it (Marcus activated
      // and completed it himself, and nobody is told of their own act).
      for (const kind of ['REVIEW_REQUESTED', 'PLAN_APPROVED']) expect(kinds).toContain(kind);
      expect(kinds).not.toContain('PLAN_COMPLETED');
      const overdue = myWork.correctiveActions.filter((item: { overdue: boolean }) => item.overdue);
      const overdueNotices = notifications.nodes.filter((node: { kind: string }) => node.kind === 'CORRECTIVE_ACTION_OVERDUE');
      expect(overdueNotices.length >= overdue.length).toBe(true);
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

    it('seeds one replica at a time: two starting together on a database without the administrator both start, and it is created once', async () => {
      const config = t.app.get(APP_CONFIG);
      const saved = { ...config };
      Object.assign(config, { adminEmail: 'second-it@agency.example', adminPassword: 'another-it-admin-passphrase' });
      try {
        const seed = t.app.get(SeedService);
        const reports = await Promise.allSettled([seed.run(), seed.run()]);
        expect(reports.map((report) => report.status)).toEqual(['fulfilled', 'fulfilled']);
        const created = reports.map((report) => (report.status === 'fulfilled' ? report.value.adminCreated : null));
        expect(created.filter((email) => email !== null)).toEqual(['second-it@agency.example']);
        expect(await t.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'second-it@agency.example'`)).toEqual([{ count: 1 }]);
      } finally {
        Object.assign(config, saved);
      }
    });

    it('has a clock nobody can set', () => {
      const clock = t.app.get(Clock);
      expect(clock.isSettable).toBe(false);
      expect(() => clock.setTo('2020-01-01T00:00:00Z')).toThrow('The clock cannot be set in production.');
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5000);
    });
  });
});
