import { AccessLogService } from '../src/modules/plans/access-log.service';
import { approveAs, createPlan, errorOf, gqlData, MISSING_ID, ncBaselineTemplateId, readyPlan, seedTaskForce, signInWcsoLead, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/** The log as evidence (docs/architecture.md#the-event-log, issue 6): verifyPlanLog, planDiff and the access log. */

const VERIFY = `query($p: ID!) { verifyPlanLog(planId: $p) { ok checked firstBrokenSeq } }`;
const DIFF = `query($p: ID!, $from: Int!, $to: Int) { planDiff(planId: $p, fromRevision: $from, toRevision: $to) { entityType entityId kind field before after } }`;
const ACCESS_LOG = `query($p: ID!, $first: Int) { accessLog(planId: $p, first: $first) { at action user { id } } }`;
const PLAN = `query($id: ID!) { plan(id: $id) { id revision lastSeq objectives { id version title } roles { id version title } checklist { id version } } }`;

interface Change {
  entityType: string;
  entityId: string;
  kind: string;
  field: string | null;
  before: string | null;
  after: string | null;
}

describe('audit: verifyPlanLog, planDiff, accessLog', () => {
  let t: TestApp;
  let force: TaskForce;
  let wcsoLead: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    wcsoLead = await signInWcsoLead(t, force);
  });
  afterAll(() => t.close());

  const planOf = async (planId: string) => (await gqlData(t, PLAN, { id: planId }, force.tokens.ncshpPlanner)).plan;
  const verify = async (planId: string, token = force.tokens.oversight) => (await gqlData(t, VERIFY, { p: planId }, token)).verifyPlanLog;
  const diff = async (planId: string, from: number, to?: number, token = force.tokens.ncshpPlanner): Promise<Change[]> =>
    (await gqlData(t, DIFF, { p: planId, from, to }, token)).planDiff;
  const sorted = (changes: Change[]) => [...changes].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  /** Runs `sql` on plan_events with the append-only trigger off, as the owner, in one transaction. */
  const tamper = (sql: string, params: unknown[]) =>
    t.db.transaction(async (manager) => {
      await manager.query(`ALTER TABLE plan_events DISABLE TRIGGER plan_events_append_only`);
      await manager.query(sql, params);
      await manager.query(`ALTER TABLE plan_events ENABLE TRIGGER plan_events_append_only`);
    });

  /** A plan with a checklist, a few edits and a full review round: a log of a few dozen events. */
  const busyPlan = async (title: string) => {
    const templateId = await ncBaselineTemplateId(t, force.tokens.ncshpPlanner);
    const created = await createPlan(t, force, { title, checklistTemplateId: templateId });
    await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Hold the line", successCriteria: "Yes" }) { id } }`, { p: created.id }, force.tokens.cbpPlanner);
    await gqlData(t, `mutation($id: ID!) { updatePlan(id: $id, expectedVersion: 1, patch: { summary: "Updated summary" }) { id } }`, { id: created.id }, force.tokens.ncshpPlanner);
    const plan = await readyPlan(t, force, { title: `${title} (ready)` });
    await submitPlan(t, force, plan.id);
    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    return { templated: created.id as string, reviewed: plan.id as string };
  };

  describe('verifyPlanLog', () => {
    it('is ok for an untouched log, with checked = the number of events = lastSeq', async () => {
      const { templated, reviewed } = await busyPlan('Untouched');
      for (const planId of [templated, reviewed]) {
        const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM plan_events WHERE plan_id = $1`, [planId]);
        expect(n).toBeGreaterThan(5);
        expect((await planOf(planId)).lastSeq).toBe(n);
        expect(await verify(planId)).toEqual({ ok: true, checked: n, firstBrokenSeq: null });
      }
    });

    it('may be run by members and oversight; a non-member gets NOT_FOUND like for a plan that does not exist', async () => {
      const plan = await createPlan(t, force, { title: 'Who verifies' });
      for (const who of ['ncshpPlanner', 'ncshpOfficer', 'cbpLead', 'oversight'] as const) {
        expect(await verify(plan.id, force.tokens[who])).toEqual({ ok: true, checked: 1, firstBrokenSeq: null });
      }
      for (const token of [force.tokens.wcsoPlanner, wcsoLead, force.tokens.ncshpAdmin]) {
        const hidden = errorOf(await t.gql(VERIFY, { p: plan.id }, token));
        expect(hidden.extensions?.code).toBe('NOT_FOUND');
        expect(hidden).toEqual(errorOf(await t.gql(VERIFY, { p: MISSING_ID }, token)));
      }
    });

    it('finds a row whose content was changed behind the trigger, and names its seq', async () => {
      const { templated } = await busyPlan('Tampered content');
      const { lastSeq } = await planOf(templated);
      const target = 5;
      await tamper(`UPDATE plan_events SET data = jsonb_set(data, '{text}', '"Forged text"') WHERE plan_id = $1 AND seq = $2`, [templated, target]);
      expect((await t.db.query(`SELECT data->>'text' AS text FROM plan_events WHERE plan_id = $1 AND seq = $2`, [templated, target]))[0].text).toBe('Forged text');

      expect(await verify(templated)).toEqual({ ok: false, checked: target, firstBrokenSeq: target });
      expect(lastSeq).toBeGreaterThan(target);
      // The trigger is back on.
      await expect(t.db.query(`UPDATE plan_events SET type = 'X' WHERE plan_id = $1 AND seq = 1`, [templated])).rejects.toThrow(/append-only/);
    });

    it.each([
      ['the actor', `UPDATE plan_events SET actor_id = $3 WHERE plan_id = $1 AND seq = $2`],
      ['the time', `UPDATE plan_events SET at = at - interval '1 hour' WHERE plan_id = $1 AND seq = $2`],
      ['the type', `UPDATE plan_events SET type = 'OBJECTIVE_REMOVED' WHERE plan_id = $1 AND seq = $2`],
      ['the stored hash', `UPDATE plan_events SET hash = repeat('a', 64) WHERE plan_id = $1 AND seq = $2`],
    ])('finds a change to %s of an event', async (_what, sql) => {
      const plan = await readyPlan(t, force, { title: 'Tampered field' });
      const params = sql.includes('$3') ? [plan.id, 2, force.users.cbpPlanner] : [plan.id, 2];
      await tamper(sql, params);
      expect(await verify(plan.id)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    });

    it('finds a rewritten row whose hash was recomputed: the next event no longer links to it', async () => {
      const plan = await readyPlan(t, force, { title: 'Rehashed' });
      await tamper(`UPDATE plan_events SET prev_hash = repeat('0', 64) WHERE plan_id = $1 AND seq = 3`, [plan.id]);
      expect(await verify(plan.id)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    });

    it('finds a log whose newest event was deleted', async () => {
      const plan = await readyPlan(t, force, { title: 'Truncated' });
      await tamper(`DELETE FROM plan_events WHERE plan_id = $1 AND seq = $2`, [plan.id, plan.lastSeq]);
      expect(await verify(plan.id)).toEqual({ ok: false, checked: plan.lastSeq - 1, firstBrokenSeq: plan.lastSeq });
    });

    it('finds a gap where an event in the middle was deleted', async () => {
      const plan = await readyPlan(t, force, { title: 'Gap' });
      await tamper(`DELETE FROM plan_events WHERE plan_id = $1 AND seq = 2`, [plan.id]);
      expect(await verify(plan.id)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    });
  });

  describe('planDiff', () => {
    it('folds the log into field-level changes: ADDED, UPDATED, REMOVED; an entity changed twice shows once', async () => {
      const plan = await readyPlan(t, force, { title: 'Diff plan' });
      await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Second objective", successCriteria: "Two" }) { id } }`, { p: plan.id }, force.tokens.ncshpPlanner);
      const base = await planOf(plan.id);
      const from = base.revision;
      const [kept, second] = base.objectives;
      const role = base.roles[0];

      // The kept objective changes twice: the diff shows its first before and its last after.
      const once = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Hold the corridor", priority: HIGH }) { version } }`, { id: kept.id, v: kept.version }, force.tokens.cbpPlanner)).updateObjective;
      await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Hold the whole corridor" }) { version } }`, { id: kept.id, v: once.version }, force.tokens.ncshpPlanner);
      const added = (await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Brand new", successCriteria: "New" }) { id } }`, { p: plan.id }, force.tokens.ncshpPlanner)).addObjective;
      await gqlData(t, `mutation($id: ID!, $v: Int!) { removeObjective(id: $id, expectedVersion: $v) }`, { id: second.id, v: second.version }, force.tokens.ncshpPlanner);
      await gqlData(t, `mutation($id: ID!, $v: Int!) { removeRole(id: $id, expectedVersion: $v) }`, { id: role.id, v: role.version }, force.tokens.ncshpPlanner);
      // Added and removed again inside the range: no change at all.
      const ephemeral = (await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Short-lived" }) { id version } }`, { p: plan.id }, force.tokens.ncshpPlanner)).addObjective;
      await gqlData(t, `mutation($id: ID!, $v: Int!) { removeObjective(id: $id, expectedVersion: $v) }`, { id: ephemeral.id, v: ephemeral.version }, force.tokens.ncshpPlanner);
      const { plan: before } = await gqlData(t, `query($id: ID!) { plan(id: $id) { version } }`, { id: plan.id }, force.tokens.ncshpPlanner);
      await gqlData(t, `mutation($id: ID!, $v: Int!) { updatePlan(id: $id, expectedVersion: $v, patch: { title: "Diff plan, revised" }) { id } }`, { id: plan.id, v: before.version }, force.tokens.ncshpPlanner);

      const changes = await diff(plan.id, from);
      // Positions shift when the second objective goes; the kept one stays at 0, the new one moves up.
      expect(sorted(changes.filter((c) => !(c.entityType === 'OBJECTIVE' && c.field === 'position')))).toEqual(
        sorted([
          { entityType: 'OBJECTIVE', entityId: kept.id, kind: 'UPDATED', field: 'title', before: 'Keep the corridor open', after: 'Hold the whole corridor' },
          { entityType: 'OBJECTIVE', entityId: kept.id, kind: 'UPDATED', field: 'priority', before: 'MEDIUM', after: 'HIGH' },
          { entityType: 'OBJECTIVE', entityId: added.id, kind: 'ADDED', field: null, before: null, after: 'Brand new' },
          { entityType: 'OBJECTIVE', entityId: second.id, kind: 'REMOVED', field: null, before: 'Second objective', after: null },
          { entityType: 'ROLE', entityId: role.id, kind: 'REMOVED', field: null, before: role.title, after: null },
          { entityType: 'PLAN', entityId: plan.id, kind: 'UPDATED', field: 'title', before: 'Diff plan', after: 'Diff plan, revised' },
        ]),
      );
      // Each (entity, field) appears once.
      const keys = changes.map((c) => `${c.entityId}:${c.field}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(changes.some((c) => c.entityId === ephemeral.id)).toBe(false);
    });

    it('limits the fold to the range, defaults toRevision to the current revision, and is empty from a revision to itself', async () => {
      const plan = await readyPlan(t, force, { title: 'Ranges' });
      const r0 = plan.revision;
      const objective = (await planOf(plan.id)).objectives[0];
      const first = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "One" }) { version } }`, { id: objective.id, v: objective.version }, force.tokens.ncshpPlanner)).updateObjective;
      await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Two" }) { version } }`, { id: objective.id, v: first.version }, force.tokens.ncshpPlanner);
      const title = (c: Change[]) => c.filter((x) => x.field === 'title').map(({ before, after }) => [before, after]);

      expect(title(await diff(plan.id, r0, r0 + 1))).toEqual([['Keep the corridor open', 'One']]);
      expect(title(await diff(plan.id, r0 + 1, r0 + 2))).toEqual([['One', 'Two']]);
      expect(title(await diff(plan.id, r0))).toEqual([['Keep the corridor open', 'Two']]);
      expect(await diff(plan.id, r0 + 2)).toEqual([]);
      expect(await diff(plan.id, r0 + 1, r0 + 1)).toEqual([]);
    });

    it('shows everything as ADDED from revision 0', async () => {
      const plan = await readyPlan(t, force, { title: 'From zero' });
      const changes = await diff(plan.id, 0);
      expect(changes.every((c) => c.kind === 'ADDED' && c.field === null && c.before === null)).toBe(true);
      expect(changes.map((c) => [c.entityType, c.after]).sort()).toEqual(
        [
          ['PLAN', 'From zero'],
          ['OBJECTIVE', 'Keep the corridor open'],
          ['ROLE', 'NCSHP liaison'],
          ['ROLE', 'CBP liaison'],
          ['RESOURCE', 'Officers'],
          ['RESOURCE', 'Officers'],
          ['TIMELINE_EVENT', 'Briefing'],
          ['COMMS_CHANNEL', 'Command net'],
          ['PLACE', 'Command post'],
        ].sort(),
      );
    });

    it('leaves decisions and lifecycle steps out: they are not content', async () => {
      const plan = await readyPlan(t, force, { title: 'Review only' });
      await submitPlan(t, force, plan.id);
      await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
      await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { id } }`, { p: plan.id }, force.tokens.ncshpLead);
      expect(await diff(plan.id, plan.revision - 1, plan.revision)).not.toEqual([]);
      expect((await diff(plan.id, plan.revision - 1)).some((c) => c.entityType === 'APPROVAL' || c.field === 'status')).toBe(false);
    });

    it("shows a checklist item's status change: the status is content (it counts in readiness and in the contentHash)", async () => {
      const templateId = await ncBaselineTemplateId(t, force.tokens.ncshpPlanner);
      const plan = await createPlan(t, force, { title: 'Checklist diff', checklistTemplateId: templateId });
      const item = (await planOf(plan.id)).checklist[0];
      const RESOLVE = `mutation($id: ID!, $v: Int!, $s: ChecklistStatus!) { resolveChecklistItem(id: $id, expectedVersion: $v, status: $s, note: "MOU signed 2027-02-01") { version } }`;
      const satisfied = (await gqlData(t, RESOLVE, { id: item.id, v: item.version, s: 'SATISFIED' }, force.tokens.ncshpLead)).resolveChecklistItem;
      const head = await gqlData(t, `query($id: ID!) { plan(id: $id) { revision contentHash } }`, { id: plan.id }, force.tokens.ncshpPlanner);
      expect((await diff(plan.id, plan.revision)).filter((c) => c.entityId === item.id)).toEqual(
        expect.arrayContaining([
          { entityType: 'CHECKLIST_ITEM', entityId: item.id, kind: 'UPDATED', field: 'note', before: '', after: 'MOU signed 2027-02-01' },
          { entityType: 'CHECKLIST_ITEM', entityId: item.id, kind: 'UPDATED', field: 'status', before: 'OPEN', after: 'SATISFIED' },
        ]),
      );

      // Same note, other status: a content change (new revision, new contentHash) that must not diff to nothing.
      await gqlData(t, RESOLVE, { id: item.id, v: satisfied.version, s: 'NOT_APPLICABLE' }, force.tokens.ncshpLead);
      const after = await gqlData(t, `query($id: ID!) { plan(id: $id) { revision contentHash } }`, { id: plan.id }, force.tokens.ncshpPlanner);
      expect(after.plan.revision).toBe(head.plan.revision + 1);
      expect(after.plan.contentHash).not.toBe(head.plan.contentHash);
      expect(await diff(plan.id, head.plan.revision)).toEqual([
        { entityType: 'CHECKLIST_ITEM', entityId: item.id, kind: 'UPDATED', field: 'status', before: 'SATISFIED', after: 'NOT_APPLICABLE' },
      ]);
    });

    it.each([
      ['a negative fromRevision', -1, undefined, 'fromRevision'],
      ['a fromRevision after the current one', 99, undefined, 'fromRevision'],
      ['a toRevision after the current one', 1, 99, 'toRevision'],
      ['a toRevision before fromRevision', 2, 1, 'toRevision'],
      ['a negative toRevision', 0, -1, 'toRevision'],
    ])('answers BAD_USER_INPUT naming the argument for %s', async (_case, from, to, field) => {
      const plan = await readyPlan(t, force, { title: 'Bad revisions' });
      const refused = errorOf(await t.gql(DIFF, { p: plan.id, from, to }, force.tokens.ncshpPlanner));
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('may be read by members and oversight; a non-member gets NOT_FOUND', async () => {
      const plan = await readyPlan(t, force, { title: 'Who diffs' });
      for (const who of ['cbpPlanner', 'ncshpOfficer', 'oversight'] as const) expect((await t.gql(DIFF, { p: plan.id, from: 1 }, force.tokens[who])).errors).toBeUndefined();
      const hidden = errorOf(await t.gql(DIFF, { p: plan.id, from: 1 }, force.tokens.wcsoPlanner));
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(errorOf(await t.gql(DIFF, { p: MISSING_ID, from: 1 }, force.tokens.wcsoPlanner)));
    });
  });

  describe('accessLog', () => {
    const rowsOf = async (planId: string): Promise<Array<{ user_id: string; action: string }>> => {
      await t.app.get(AccessLogService).flush();
      return t.db.query(`SELECT user_id, action FROM access_log WHERE plan_id = $1 ORDER BY at, id`, [planId]);
    };
    const read = (planId: string, token: string) => t.gql(`query($id: ID!) { plan(id: $id) { id } }`, { id: planId }, token);

    it('records VIEW for a read, DENIED for a hidden plan and for refused mutations, and nothing for a plan that does not exist', async () => {
      const plan = await createPlan(t, force, { title: 'Access log' });
      const start = (await rowsOf(plan.id)).length;

      expect((await read(plan.id, force.tokens.cbpPlanner)).data?.plan?.id).toBe(plan.id);
      expect((await read(plan.id, force.tokens.wcsoPlanner)).data?.plan).toBeNull();
      expect(errorOf(await t.gql(`mutation($p: ID!) { addObjective(planId: $p, input: { title: "x" }) { id } }`, { p: plan.id }, force.tokens.ncshpOfficer)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(`mutation($p: ID!) { addObjective(planId: $p, input: { title: "x" }) { id } }`, { p: plan.id }, force.tokens.wcsoPlanner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(`mutation($p: ID!) { cancelPlan(planId: $p, reason: "x") { id } }`, { p: plan.id }, force.tokens.cbpLead)).extensions?.code).toBe('FORBIDDEN');
      expect((await read(plan.id, force.tokens.oversight)).data?.plan?.id).toBe(plan.id);
      await read(MISSING_ID, force.tokens.wcsoPlanner);

      const rows = (await rowsOf(plan.id)).slice(start);
      expect(rows.map((row) => [row.user_id, row.action])).toEqual([
        [force.users.cbpPlanner, 'VIEW'],
        [force.users.wcsoPlanner, 'DENIED'],
        [force.users.ncshpOfficer, 'DENIED'],
        [force.users.wcsoPlanner, 'DENIED'],
        [force.users.cbpLead, 'DENIED'],
        [force.users.oversight, 'VIEW'],
      ]);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM access_log WHERE plan_id = $1`, [MISSING_ID]))[0].n).toBe(0);
    });

    it('answers newest first, flushing the buffer itself, limited by first', async () => {
      const plan = await createPlan(t, force, { title: 'Access log order' });
      await t.app.get(AccessLogService).flush();
      await read(plan.id, force.tokens.cbpPlanner);
      await read(plan.id, force.tokens.wcsoPlanner);
      await read(plan.id, force.tokens.ncshpOfficer);

      // No flush from the test: the query writes the buffer before it reads.
      const log = (await gqlData(t, ACCESS_LOG, { p: plan.id }, force.tokens.oversight)).accessLog;
      expect(log.map((r: { action: string; user: { id: string } }) => [r.user.id, r.action])).toEqual([
        [force.users.ncshpOfficer, 'VIEW'],
        [force.users.wcsoPlanner, 'DENIED'],
        [force.users.cbpPlanner, 'VIEW'],
      ]);
      const times = log.map((r: { at: string }) => Date.parse(r.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(Date.now() - times[0]).toBeLessThan(60_000);

      expect((await gqlData(t, ACCESS_LOG, { p: plan.id, first: 2 }, force.tokens.ncshpLead)).accessLog).toHaveLength(2);
      for (const first of [0, 501]) {
        expect(errorOf(await t.gql(ACCESS_LOG, { p: plan.id, first }, force.tokens.oversight)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      }
    });

    it('keeps every record of many concurrent reads (written in batches)', async () => {
      const plan = await createPlan(t, force, { title: 'Many reads' });
      const start = (await rowsOf(plan.id)).length;
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => read(plan.id, i % 2 ? force.tokens.cbpPlanner : force.tokens.ncshpOfficer)));
      expect(results.every((result) => result.data?.plan?.id === plan.id)).toBe(true);
      const rows = (await rowsOf(plan.id)).slice(start);
      expect(rows).toHaveLength(60);
      expect(rows.every((row) => row.action === 'VIEW')).toBe(true);
    });

    it("is readable by OVERSIGHT and the lead agency's AGENCY_LEAD; FORBIDDEN to other leads and planners; NOT_FOUND to non-members", async () => {
      const plan = await createPlan(t, force, { title: 'Who reads the access log' });
      await read(plan.id, force.tokens.cbpPlanner);
      for (const who of ['oversight', 'ncshpLead'] as const) {
        const log = (await gqlData(t, ACCESS_LOG, { p: plan.id }, force.tokens[who])).accessLog;
        expect(log.some((r: { action: string; user: { id: string } }) => r.action === 'VIEW' && r.user.id === force.users.cbpPlanner)).toBe(true);
      }
      for (const who of ['cbpLead', 'ncshpPlanner', 'cbpPlanner', 'ncshpOfficer'] as const) {
        expect([who, errorOf(await t.gql(ACCESS_LOG, { p: plan.id }, force.tokens[who])).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      for (const token of [force.tokens.wcsoPlanner, wcsoLead, force.tokens.ncshpAdmin]) {
        const hidden = errorOf(await t.gql(ACCESS_LOG, { p: plan.id }, token));
        expect(hidden.extensions?.code).toBe('NOT_FOUND');
        expect(hidden).toEqual(errorOf(await t.gql(ACCESS_LOG, { p: MISSING_ID }, token)));
      }
    });

    it('refuses UPDATE and DELETE on the access log', async () => {
      const plan = await createPlan(t, force, { title: 'Append-only access log' });
      await read(plan.id, force.tokens.cbpPlanner);
      await t.app.get(AccessLogService).flush();
      await expect(t.db.query(`UPDATE access_log SET action = 'VIEW' WHERE plan_id = $1`, [plan.id])).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM access_log WHERE plan_id = $1`, [plan.id])).rejects.toThrow(/append-only/);
    });
  });
});
