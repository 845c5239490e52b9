import {
  approveAs,
  createPlan,
  errorOf,
  gqlData,
  ncBaselineTemplateId,
  PART_FIELDS,
  planFootprint,
  planHead,
  readyPlan,
  seedTaskForce,
  submitPlan,
  type TaskForce,
} from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Security test finding 7 (issue 11): a planner removed a required legal item and rewrote another,
 * the plan then showed ready and three leads approved it unaware. Removing a required item, or
 * changing its text, category or citation, is an AGENCY_LEAD's call with a written reason, and the
 * reason reaches the diff the leads read before signing.
 */

const ITEM = PART_FIELDS.ChecklistItem;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: ChecklistItemPatch!, $reason: String) {
  updateChecklistItem(id: $id, expectedVersion: $v, patch: $patch, reason: $reason) { ${ITEM} } }`;
const REMOVE = `mutation($id: ID!, $v: Int!, $reason: String) { removeChecklistItem(id: $id, expectedVersion: $v, reason: $reason) }`;
const CHECKLIST = `query($id: ID!) { plan(id: $id) { status revision checklist { ${ITEM} } approvals { status agency { id } } readiness { ready } } }`;
const DIFF = `query($p: ID!, $from: Int!) { planDiff(planId: $p, fromRevision: $from) { entityType entityId kind field before after } }`;
const VERIFY = `query($p: ID!) { verifyPlanLog(planId: $p) { ok checked firstBrokenSeq } }`;

type Item = { id: string; version: number; required: boolean; status: string; text: string; category: string; citation: string };

describe('required checklist items are the agency lead\'s, with a reason (finding 7)', () => {
  let t: TestApp;
  let force: TaskForce;
  let templateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    templateId = await ncBaselineTemplateId(t, force.tokens.ncshpPlanner);
  });
  afterAll(() => t.close());

  const planOf = async (planId: string, token = force.tokens.ncshpPlanner) => (await gqlData(t, CHECKLIST, { id: planId }, token)).plan;
  const baseline = async (title: string): Promise<{ planId: string; items: Item[] }> => {
    const { id: planId } = await createPlan(t, force, { title, checklistTemplateId: templateId });
    return { planId, items: (await planOf(planId)).checklist };
  };
  const eventData = async (planId: string, entityId: string, type: string) =>
    (await t.db.query(`SELECT data FROM plan_events WHERE plan_id = $1 AND entity_id = $2 AND type = $3 ORDER BY seq DESC LIMIT 1`, [planId, entityId, type]))[0]?.data;

  describe('a planner', () => {
    let planId: string;
    let required: Item;
    let optional: Item;
    beforeAll(async () => {
      const plan = await baseline('Planner cannot drop requirements');
      planId = plan.planId;
      required = plan.items.find((item) => item.required)!;
      optional = plan.items.find((item) => !item.required)!;
    });

    it('gets FORBIDDEN removing a required item, with or without a reason, and nothing is written', async () => {
      const before = await planFootprint(t, planId);
      for (const reason of [undefined, 'Counsel says it does not apply']) {
        const refused = await t.gql(REMOVE, { id: required.id, v: required.version, reason }, force.tokens.ncshpPlanner);
        expect(errorOf(refused).extensions?.code).toBe('FORBIDDEN');
        expect(refused.data?.removeChecklistItem ?? null).toBeNull();
      }
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each([
      ['text', { text: 'A verbal agreement is enough.' }],
      ['category', { category: 'OTHER' }],
      ['citation', { citation: 'none' }],
      ['text and category', { text: 'Legal counsel may review the plan.', category: 'OTHER' }],
    ])('gets FORBIDDEN changing the %s of a required item, and nothing is written', async (_case, patch) => {
      const before = await planFootprint(t, planId);
      const refused = await t.gql(UPDATE, { id: required.id, v: required.version, patch, reason: 'Planner reason' }, force.tokens.cbpPlanner);
      expect(errorOf(refused).extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('may still send the item unchanged with the form\'s other fields, resolve it, and edit or remove optional items without a reason', async () => {
      const same = (await gqlData(t, UPDATE, { id: required.id, v: required.version, patch: { text: ` ${required.text} `, category: required.category, citation: required.citation, required: true } }, force.tokens.ncshpPlanner)).updateChecklistItem;
      expect(same).toMatchObject({ text: required.text, category: required.category, citation: required.citation, required: true });
      const resolved = (await gqlData(t, `mutation($id: ID!, $v: Int!) { resolveChecklistItem(id: $id, expectedVersion: $v, status: SATISFIED, note: "MOU 2027-04") { ${ITEM} } }`, { id: same.id, v: same.version }, force.tokens.ncshpPlanner)).resolveChecklistItem;
      expect(resolved.status).toBe('SATISFIED');
      required = resolved;

      const edited = (await gqlData(t, UPDATE, { id: optional.id, v: optional.version, patch: { text: 'Body-worn cameras on for every contact', citation: 'Agency policies' } }, force.tokens.ncshpPlanner)).updateChecklistItem;
      expect(edited.text).toBe('Body-worn cameras on for every contact');
      expect(await eventData(planId, optional.id, 'CHECKLIST_ITEM_UPDATED')).not.toHaveProperty('changeReason');
      expect((await gqlData(t, REMOVE, { id: optional.id, v: edited.version }, force.tokens.ncshpPlanner)).removeChecklistItem).toBe(optional.id);
      expect(await eventData(planId, optional.id, 'CHECKLIST_ITEM_REMOVED')).toBeNull();
    });

    it('gets CONFLICT, not FORBIDDEN, on a stale version, like any other edit', async () => {
      const refused = await t.gql(REMOVE, { id: required.id, v: required.version - 1 }, force.tokens.ncshpPlanner);
      expect(errorOf(refused).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: required.version });
    });
  });

  describe('an agency lead', () => {
    it.each([
      ['no reason', undefined],
      ['an empty reason', ''],
      ['a blank reason', '   '],
      ['a 20,001-character reason', 'r'.repeat(20_001)],
    ])('gets BAD_USER_INPUT naming reason for %s, on remove and on a requirement change, and nothing is written', async (_case, reason) => {
      const { planId, items } = await baseline(`Lead without reason ${_case}`);
      const [first, second] = items.filter((item) => item.required);
      const before = await planFootprint(t, planId);
      for (const result of [
        await t.gql(REMOVE, { id: first.id, v: first.version, reason }, force.tokens.ncshpLead),
        await t.gql(UPDATE, { id: second.id, v: second.version, patch: { citation: 'G.S. 15A-285(b)' }, reason }, force.tokens.cbpLead),
      ]) {
        expect(errorOf(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      }
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('needs no reason to change only whether an optional item is required, nor to edit an optional item', async () => {
      const { items } = await baseline('Lead optional edits');
      const optional = items.find((item) => !item.required)!;
      const edited = (await gqlData(t, UPDATE, { id: optional.id, v: optional.version, patch: { text: 'Cameras on', required: true } }, force.tokens.ncshpLead)).updateChecklistItem;
      expect(edited).toMatchObject({ text: 'Cameras on', required: true });
    });
  });

  it('a signed plan: the lead\'s removal and rewrite carry their reasons into the event log and into the diff the leads read', async () => {
    // The scenario of the finding: a plan whose required items are all resolved, approved by both leads.
    const plan = await readyPlan(t, force, { title: 'Signed with a legal checklist' });
    const planId = plan.id as string;
    await gqlData(t, `mutation($p: ID!, $tpl: ID!) { applyChecklistTemplate(planId: $p, templateId: $tpl) { id } }`, { p: planId, tpl: templateId }, force.tokens.ncshpPlanner);
    let items: Item[] = (await planOf(planId)).checklist;
    for (const item of items.filter((candidate) => candidate.required)) {
      await gqlData(t, `mutation($id: ID!, $v: Int!) { resolveChecklistItem(id: $id, expectedVersion: $v, status: SATISFIED, note: "Filed with the plan") { id } }`, { id: item.id, v: item.version }, force.tokens.ncshpPlanner);
    }
    await submitPlan(t, force, planId);
    await approveAs(t, planId, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    const signed = await planHead(t, planId, force.tokens.ncshpLead);
    expect((await planOf(planId)).status).toBe('APPROVED');

    items = (await planOf(planId)).checklist;
    const warrant = items.find((item) => item.category === 'SEARCH_AND_SEIZURE' && item.required)!;
    const counsel = items.find((item) => item.text.startsWith('Legal counsel'))!;

    // What the planner did in the security test is refused.
    expect(errorOf(await t.gql(REMOVE, { id: warrant.id, v: warrant.version }, force.tokens.ncshpPlanner)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(UPDATE, { id: counsel.id, v: counsel.version, patch: { text: 'Counsel was told about the plan.', category: 'OTHER' } }, force.tokens.ncshpPlanner)).extensions?.code).toBe('FORBIDDEN');
    expect((await planOf(planId)).status).toBe('APPROVED');

    // A lead may, with a reason; the sign-offs go stale as for any content change.
    const removalReason = '  No entry into homes is planned: vehicle stops on the interstate only.  ';
    expect((await gqlData(t, REMOVE, { id: warrant.id, v: warrant.version, reason: removalReason }, force.tokens.ncshpLead)).removeChecklistItem).toBe(warrant.id);
    const rewriteReason = 'Counsel asked for the exact wording of the 2027 agreement.';
    const rewritten = (
      await gqlData(t, UPDATE, { id: counsel.id, v: counsel.version, patch: { text: 'Legal counsel of each agency has reviewed the plan.', citation: 'Task-force agreement §4' }, reason: rewriteReason }, force.tokens.cbpLead)
    ).updateChecklistItem;
    expect(rewritten).toMatchObject({ text: 'Legal counsel of each agency has reviewed the plan.', citation: 'Task-force agreement §4', required: true });
    const after = await planOf(planId);
    expect(after.status).toBe('IN_REVIEW');
    expect(after.approvals.map((approval: { status: string }) => approval.status)).toEqual(after.approvals.map(() => 'STALE'));

    // The reason is part of the logged (and hashed) event, and the removal's node is still null.
    expect(await eventData(planId, warrant.id, 'CHECKLIST_ITEM_REMOVED')).toEqual({ changeReason: removalReason.trim() });
    expect(await eventData(planId, counsel.id, 'CHECKLIST_ITEM_UPDATED')).toMatchObject({ text: rewritten.text, changeReason: rewriteReason });
    const events = (await gqlData(t, `query($id: ID!, $after: Int!) { plan(id: $id) { events(afterSeq: $after) { type entityId node { __typename } } } }`, { id: planId, after: signed.lastSeq }, force.tokens.cbpLead)).plan.events;
    expect(events.find((event: { entityId: string }) => event.entityId === warrant.id)).toEqual({ type: 'CHECKLIST_ITEM_REMOVED', entityId: warrant.id, node: null });
    expect((await gqlData(t, VERIFY, { p: planId }, force.tokens.oversight)).verifyPlanLog).toMatchObject({ ok: true, firstBrokenSeq: null });

    // "What changed since you decided" names both, with their reasons.
    const diff = (await gqlData(t, DIFF, { p: planId, from: signed.revision }, force.tokens.ncshpLead)).planDiff;
    expect(diff).toEqual(
      expect.arrayContaining([
        { entityType: 'CHECKLIST_ITEM', entityId: warrant.id, kind: 'REMOVED', field: 'reason', before: warrant.text, after: removalReason.trim() },
        { entityType: 'CHECKLIST_ITEM', entityId: counsel.id, kind: 'UPDATED', field: 'text', before: counsel.text, after: rewritten.text },
        { entityType: 'CHECKLIST_ITEM', entityId: counsel.id, kind: 'UPDATED', field: 'citation', before: counsel.citation, after: 'Task-force agreement §4' },
        { entityType: 'CHECKLIST_ITEM', entityId: counsel.id, kind: 'UPDATED', field: 'reason', before: null, after: rewriteReason },
      ]),
    );
    expect(diff.filter((change: { field: string | null }) => change.field === 'changeReason')).toEqual([]);
    expect(diff).toHaveLength(4);
  });
});
