import { Client } from 'pg';
import { createPlan, PLAN_FIELDS, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PLAN = `query($id: ID!) { plan(id: $id) { ${PLAN_FIELDS} } }`;

describe('plans', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('creates a plan led by the caller agency, with the NC checklist template applied and logged', async () => {
    const [template] = (await t.gql(`{ checklistTemplates { id name version items { category required } } }`, {}, force.tokens.ncshpPlanner)).data!.checklistTemplates;
    expect(template.items).toHaveLength(16);
    const plan = await createPlan(t, force, { checklistTemplateId: template.id });
    expect(plan).toMatchObject({
      status: 'DRAFT',
      version: 1,
      revision: 1,
      lastSeq: 17,
      leadAgency: { shortName: 'NCSHP' },
      createdBy: { id: force.users.ncshpPlanner },
    });
    expect(plan.agencies.map((a: { shortName: string }) => a.shortName).sort()).toEqual(['CBP', 'NCSHP']);
    expect(plan.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const codes = plan.readiness.blockers.map((b: { code: string }) => b.code);
    expect(codes).toContain('NO_OBJECTIVES');
    expect(codes.filter((code: string) => code === 'REQUIRED_CHECKLIST_OPEN')).toHaveLength(15);
    expect(codes.filter((code: string) => code === 'AGENCY_WITHOUT_ROLE')).toHaveLength(2);

    const events = (await t.gql(`query($id: ID!) { plan(id: $id) { events(limit: 100) { seq type entityType revision prevHash hash actor { id } } } }`, { id: plan.id }, force.tokens.cbpPlanner)).data?.plan.events;
    expect(events.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(events[0]).toMatchObject({ type: 'PLAN_CREATED', entityType: 'PLAN', revision: 1, prevHash: '0'.repeat(64), actor: { id: force.users.ncshpPlanner } });
    expect(events.slice(1).every((e: { type: string }) => e.type === 'CHECKLIST_ITEM_ADDED')).toBe(true);
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
  });

  describe('visibility', () => {
    let planId: string;
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Visibility plan' })).id;
    });

    it.each(['ncshpPlanner', 'ncshpOfficer', 'cbpPlanner', 'cbpLead', 'oversight'] as const)('%s sees it', async (who) => {
      expect((await t.gql(PLAN, { id: planId }, force.tokens[who])).data?.plan?.id).toBe(planId);
    });

    it.each(['wcsoPlanner', 'ncshpAdmin'] as const)('%s gets null, and the list leaves it out', async (who) => {
      const result = await t.gql(PLAN, { id: planId }, force.tokens[who]);
      expect(result.errors).toBeUndefined();
      expect(result.data?.plan).toBeNull();
      const list = await t.gql(`{ plans { totalCount edges { node { id } } } }`, {}, force.tokens[who]);
      expect(list.data?.plans.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(planId);
    });

    it('answers NOT_FOUND, exactly as for a plan that does not exist, to mutations by non-members', async () => {
      const hidden = await t.gql(`mutation($id: ID!) { addObjective(planId: $id, input: { title: "x" }) { id } }`, { id: planId }, force.tokens.wcsoPlanner);
      const missing = await t.gql(`mutation($id: ID!) { addObjective(planId: $id, input: { title: "x" }) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, force.tokens.wcsoPlanner);
      expect(hidden.errors?.[0]).toEqual(missing.errors?.[0]);
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('answers null for an id that is not a UUID', async () => {
      expect((await t.gql(PLAN, { id: 'nope' }, force.tokens.ncshpPlanner)).data?.plan).toBeNull();
    });

    it('answers FORBIDDEN to a visible plan the caller may not change (officer, oversight)', async () => {
      for (const who of ['ncshpOfficer', 'oversight'] as const) {
        const result = await t.gql(`mutation($id: ID!) { addObjective(planId: $id, input: { title: "x" }) { id } }`, { id: planId }, force.tokens[who]);
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect((await t.db.query(`SELECT count(*)::int AS n FROM objectives WHERE plan_id = $1`, [planId]))[0].n).toBe(0);
    });

    it('lets only planners and leads create plans', async () => {
      const result = await t.gql(`mutation { createPlan(input: { title: "x" }) { id } }`, {}, force.tokens.ncshpOfficer);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('plans list', () => {
    it('lists newest first with search, status filter and cursor pagination', async () => {
      for (const title of ['Alpha sweep', 'Bravo checkpoint', 'Charlie escort']) await createPlan(t, force, { title, summary: `${title} summary` });
      const page1 = await t.gql(`{ plans(first: 2, search: "o") { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title } } } }`, {}, force.tokens.cbpPlanner);
      const titles1 = page1.data?.plans.edges.map((e: { node: { title: string } }) => e.node.title);
      expect(titles1).toEqual(['Charlie escort', 'Bravo checkpoint']);
      expect(page1.data?.plans.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.gql(`query($after: String) { plans(first: 2, search: "o", after: $after) { edges { node { title } } } }`, { after: page1.data?.plans.pageInfo.endCursor }, force.tokens.cbpPlanner);
      expect(page2.data?.plans.edges[0].node.title).not.toBe('Bravo checkpoint');
      const search = await t.gql(`{ plans(search: "bravo") { totalCount edges { node { title } } } }`, {}, force.tokens.cbpPlanner);
      expect(search.data?.plans).toMatchObject({ totalCount: 1, edges: [{ node: { title: 'Bravo checkpoint' } }] });
      const none = await t.gql(`{ plans(status: [ACTIVE]) { totalCount } }`, {}, force.tokens.cbpPlanner);
      expect(none.data?.plans.totalCount).toBe(0);
      const wild = await t.gql(`{ plans(search: "%") { totalCount } }`, {}, force.tokens.cbpPlanner);
      expect(wild.data?.plans.totalCount).toBe(0);
    });

    it('refuses a page size over 100', async () => {
      const result = await t.gql(`{ plans(first: 101) { totalCount } }`, {}, force.tokens.cbpPlanner);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('updatePlan and optimistic concurrency', () => {
    it('updates with the expected version and answers CONFLICT with the current plan otherwise', async () => {
      const plan = await createPlan(t, force, { title: 'Concurrency plan' });
      const UPDATE = `mutation($id: ID!, $v: Int!, $patch: PlanPatch!) { updatePlan(id: $id, expectedVersion: $v, patch: $patch) { title version revision } }`;
      const first = await t.gql(UPDATE, { id: plan.id, v: 1, patch: { title: 'Renamed by NCSHP' } }, force.tokens.ncshpPlanner);
      expect(first.data?.updatePlan).toEqual({ title: 'Renamed by NCSHP', version: 2, revision: 2 });
      const stale = await t.gql(UPDATE, { id: plan.id, v: 1, patch: { title: 'Renamed by CBP' } }, force.tokens.cbpPlanner);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { title: 'Renamed by NCSHP', version: 2 } });
      expect((await t.gql(PLAN, { id: plan.id }, force.tokens.ncshpPlanner)).data?.plan.title).toBe('Renamed by NCSHP');
    });

    it.each([
      ['an empty title', { title: '' }, 'patch.title'],
      ['a 201-character title', { title: 'x'.repeat(201) }, 'patch.title'],
      ['a 20,001-character summary', { summary: 's'.repeat(20_001) }, 'patch.summary'],
      ['an end before the start', { startsAt: '2027-03-02T00:00:00Z', endsAt: '2027-03-01T00:00:00Z' }, 'patch.endsAt'],
      ['a start in 1999', { startsAt: '1999-01-01T00:00:00Z' }, 'patch.startsAt'],
    ])('refuses %s naming the field, and changes nothing', async (_case, patch, field) => {
      const plan = await createPlan(t, force, { title: 'Validation plan' });
      const result = await t.gql(`mutation($id: ID!, $patch: PlanPatch!) { updatePlan(id: $id, expectedVersion: 1, patch: $patch) { id } }`, { id: plan.id, patch }, force.tokens.ncshpPlanner);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const after = (await t.gql(PLAN, { id: plan.id }, force.tokens.ncshpPlanner)).data?.plan;
      expect(after).toMatchObject({ version: 1, revision: 1, lastSeq: 1, title: 'Validation plan' });
    });

    it('refuses a date without an offset as bad input', async () => {
      const plan = await createPlan(t, force, { title: 'Offset plan' });
      const result = await t.gql(`mutation($id: ID!) { updatePlan(id: $id, expectedVersion: 1, patch: { startsAt: "2027-03-01T10:00:00" }) { id } }`, { id: plan.id }, force.tokens.ncshpPlanner);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('participating agencies', () => {
    const ADD = `mutation($p: ID!, $a: ID!) { addPlanAgency(planId: $p, agencyId: $a) { version agencies { shortName } } }`;
    const REMOVE = `mutation($p: ID!, $a: ID!) { removePlanAgency(planId: $p, agencyId: $a) { version agencies { shortName } } }`;

    it('lets the lead agency add and remove agencies; others are FORBIDDEN', async () => {
      const plan = await createPlan(t, force, { title: 'Agencies plan' });
      expect((await t.gql(ADD, { p: plan.id, a: force.agencies.wcso }, force.tokens.cbpPlanner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const added = await t.gql(ADD, { p: plan.id, a: force.agencies.wcso }, force.tokens.ncshpLead);
      expect(added.data?.addPlanAgency.agencies.map((a: { shortName: string }) => a.shortName).sort()).toEqual(['CBP', 'NCSHP', 'WCSO']);
      expect((await t.gql(PLAN, { id: plan.id }, force.tokens.wcsoPlanner)).data?.plan?.id).toBe(plan.id);
      const removed = await t.gql(REMOVE, { p: plan.id, a: force.agencies.wcso }, force.tokens.ncshpPlanner);
      expect(removed.data?.removePlanAgency.version).toBe(3);
      expect((await t.gql(PLAN, { id: plan.id }, force.tokens.wcsoPlanner)).data?.plan).toBeNull();
      // The log names the agency that joined or left (no earlier snapshot needed to tell which).
      const log = await t.gql(`query($id: ID!) { plan(id: $id) { events(afterSeq: 0, limit: 50) { type agency { shortName } } } }`, { id: plan.id }, force.tokens.cbpPlanner);
      const events = log.data?.plan.events as Array<{ type: string; agency: { shortName: string } | null }>;
      expect(events.filter((event) => event.type.startsWith('PLAN_AGENCY_'))).toEqual([
        { type: 'PLAN_AGENCY_ADDED', agency: { shortName: 'WCSO' } },
        { type: 'PLAN_AGENCY_REMOVED', agency: { shortName: 'WCSO' } },
      ]);
      expect(events.filter((event) => !event.type.startsWith('PLAN_AGENCY_')).every((event) => event.agency === null)).toBe(true);
    });

    it('refuses to remove the lead agency, an agency not in the plan, or one that still holds a role', async () => {
      const plan = await createPlan(t, force, { title: 'Removal plan' });
      expect((await t.gql(REMOVE, { p: plan.id, a: force.agencies.ncshp }, force.tokens.ncshpPlanner)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
      expect((await t.gql(REMOVE, { p: plan.id, a: force.agencies.wcso }, force.tokens.ncshpPlanner)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
      await t.gql(`mutation($p: ID!, $a: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Liaison" }) { id } }`, { p: plan.id, a: force.agencies.cbp }, force.tokens.cbpPlanner);
      const holding = await t.gql(REMOVE, { p: plan.id, a: force.agencies.cbp }, force.tokens.ncshpPlanner);
      expect(holding.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
      expect(holding.errors?.[0].message).toMatch(/1 role/);
      expect((await t.gql(PLAN, { id: plan.id }, force.tokens.cbpPlanner)).data?.plan.agencies).toHaveLength(2);
    });

    it("a change that waited for an agency's removal is decided without that agency: its member's edit is refused, nothing written", async () => {
      const plan = await createPlan(t, force, { title: 'Removal race plan' });
      await t.gql(ADD, { p: plan.id, a: force.agencies.wcso }, force.tokens.ncshpLead);
      const ADD_OBJECTIVE = `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Hold the county line", successCriteria: "No gaps" }) { id } }`;
      // Another transaction holds the plan's lock while it removes WCSO (as removePlanAgency does).
      const removal = new Client({ connectionString: t.databaseUrl });
      await removal.connect();
      try {
        await removal.query('BEGIN');
        await removal.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [plan.id]);
        await removal.query('DELETE FROM plan_agencies WHERE plan_id = $1 AND agency_id = $2', [plan.id, force.agencies.wcso]);
        const edit = t.gql(ADD_OBJECTIVE, { p: plan.id }, force.tokens.wcsoPlanner);
        // The edit's locking statement is waiting for that lock before the removal commits.
        for (let waiting = 0; waiting === 0; ) {
          const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)) as Array<{ n: number }>;
          waiting = row!.n;
        }
        await removal.query('COMMIT');
        const refused = await edit;
        expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(refused.data?.addObjective ?? null).toBeNull();
      } finally {
        await removal.end();
      }
      const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM objectives WHERE plan_id = $1`, [plan.id])) as Array<{ n: number }>;
      expect(row!.n).toBe(0);
      // The plan row's own list follows the table both ways (the trigger the lock reads).
      const lists = async () =>
        (
          (await t.db.query(
            `SELECT p.agency_ids AS row, ARRAY(SELECT pa.agency_id FROM plan_agencies pa WHERE pa.plan_id = p.id ORDER BY pa.added_at, pa.agency_id) AS "table" FROM plans p WHERE p.id = $1`,
            [plan.id],
          )) as Array<{ row: string[]; table: string[] }>
        )[0]!;
      const removed = await lists();
      expect(removed.row).toEqual(removed.table);
      expect([...removed.row].sort()).toEqual([force.agencies.ncshp, force.agencies.cbp].sort());
      await t.gql(ADD, { p: plan.id, a: force.agencies.wcso }, force.tokens.ncshpLead);
      const added = await lists();
      expect(added.row).toEqual(added.table);
      expect(added.row.at(-1)).toBe(force.agencies.wcso);
      expect((await t.gql(ADD_OBJECTIVE, { p: plan.id }, force.tokens.wcsoPlanner)).errors).toBeUndefined();
    });

    it('refuses an unknown agency by name of the field', async () => {
      const plan = await createPlan(t, force, { title: 'Unknown agency plan' });
      const result = await t.gql(ADD, { p: plan.id, a: '00000000-0000-4000-8000-000000000000' }, force.tokens.ncshpPlanner);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
      const create = await t.gql(`mutation($ids: [ID!]) { createPlan(input: { title: "x", agencyIds: $ids }) { id } }`, { ids: ['not-a-uuid'] }, force.tokens.ncshpPlanner);
      expect(create.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyIds' });
    });
  });

  describe('the event log', () => {
    it('refuses UPDATE and DELETE on plan_events', async () => {
      await expect(t.db.query(`UPDATE plan_events SET type = 'X'`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM plan_events`)).rejects.toThrow(/append-only/);
    });

    it('numbers events without gaps under concurrent edits from two agencies', async () => {
      const plan = await createPlan(t, force, { title: 'Concurrent plan' });
      const ADD = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => t.gql(ADD, { p: plan.id, t: `Objective ${i}` }, i % 2 ? force.tokens.ncshpPlanner : force.tokens.cbpPlanner)),
      );
      const rows = await t.db.query(`SELECT seq, revision FROM plan_events WHERE plan_id = $1 ORDER BY seq`, [plan.id]);
      expect(rows.map((row: { seq: number }) => row.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      expect(rows.at(-1).revision).toBe(21);
      const positions = await t.db.query(`SELECT position FROM objectives WHERE plan_id = $1 ORDER BY position`, [plan.id]);
      expect(positions.map((row: { position: number }) => row.position)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    });
  });
});
