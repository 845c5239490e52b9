import { addCommandPost, changesSince, createPlan, errorOf, gqlData, MISSING_ID, ncBaselineTemplateId, PART_FIELDS, planFootprint, planHead, seedTaskForce, signInWcsoLead, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const ITEM = PART_FIELDS.ChecklistItem;
const APPLY = `mutation($p: ID!, $tpl: ID!) { applyChecklistTemplate(planId: $p, templateId: $tpl) { ${ITEM} } }`;
const ADD = `mutation($p: ID!, $input: ChecklistItemInput!) { addChecklistItem(planId: $p, input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: ChecklistItemPatch!, $reason: String) { updateChecklistItem(id: $id, expectedVersion: $v, patch: $patch, reason: $reason) { ${ITEM} } }`;
const RESOLVE = `mutation($id: ID!, $v: Int!, $s: ChecklistStatus!, $note: String!) { resolveChecklistItem(id: $id, expectedVersion: $v, status: $s, note: $note) { ${ITEM} } }`;
const REMOVE = `mutation($id: ID!, $v: Int!, $reason: String) { removeChecklistItem(id: $id, expectedVersion: $v, reason: $reason) }`;
const CHECKLIST = `query($id: ID!) { plan(id: $id) { checklist { ${ITEM} } readiness { ready blockers { code entityId } } } }`;

type Item = { id: string; version: number; required: boolean; status: string; text: string };

describe('checklist', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;
  let templateId: string;
  let wcsoLead: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
    templateId = await ncBaselineTemplateId(t, planner);
    wcsoLead = await signInWcsoLead(t, force);
  });
  afterAll(() => t.close());

  const planOf = async (planId: string) => (await gqlData(t, CHECKLIST, { id: planId }, planner)).plan;
  const openBlockers = async (planId: string) =>
    (await planOf(planId)).readiness.blockers.filter((b: { code: string }) => b.code === 'REQUIRED_CHECKLIST_OPEN').map((b: { entityId: string }) => b.entityId);
  const resolve = async (item: { id: string; version: number }, status: string, note: string, token = planner) =>
    (await gqlData(t, RESOLVE, { id: item.id, v: item.version, s: status, note }, token)).resolveChecklistItem;

  /** A plan with the NC baseline applied at creation, and its items. */
  const baselinePlan = async (title: string): Promise<{ planId: string; items: Item[] }> => {
    const { id: planId } = await createPlan(t, force, { title, checklistTemplateId: templateId });
    return { planId, items: (await planOf(planId)).checklist };
  };

  describe('applyChecklistTemplate', () => {
    it('adds the 16 NC baseline items (15 required) in one revision, and they block readiness', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Apply template' });
      expect((await planOf(planId)).checklist).toEqual([]);
      const before = await planHead(t, planId, planner);

      const items: Item[] = (await gqlData(t, APPLY, { p: planId, tpl: templateId }, planner)).applyChecklistTemplate;
      expect(items).toHaveLength(16);
      expect(items.filter((item) => item.required)).toHaveLength(15);
      expect(items.every((item) => item.status === 'OPEN' && item.version === 1)).toBe(true);
      expect(items).toEqual(items.map((item) => expect.objectContaining({ note: '', reviewedBy: null, reviewedAt: null, id: item.id })));
      const optional = items.filter((item) => !item.required);
      expect(optional).toEqual([expect.objectContaining({ category: 'OTHER' })]);
      expect(items[0]).toMatchObject({ category: 'AGREEMENTS' });
      expect((await planOf(planId)).checklist).toEqual(items);

      const change = await changesSince(t, planId, before, planner);
      expect(change.head.revision).toBe(before.revision + 1);
      expect(change.events).toHaveLength(16);
      expect(change.events.map((event) => event.entityId)).toEqual(items.map((item) => item.id));
      for (const [index, event] of change.events.entries()) {
        expect(event).toEqual({
          seq: before.lastSeq + 1 + index,
          type: 'CHECKLIST_ITEM_ADDED',
          entityType: 'CHECKLIST_ITEM',
          entityId: items[index].id,
          revision: before.revision + 1,
          node: { __typename: 'ChecklistItem', ...items[index] },
        });
      }
      expect((await openBlockers(planId)).sort()).toEqual(items.filter((item) => item.required).map((item) => item.id).sort());
    });

    it.each([
      ['an unknown template id', MISSING_ID],
      ['a malformed template id', 'abc'],
    ])('answers BAD_USER_INPUT on templateId for %s and writes nothing', async (_case, tpl) => {
      const { id: planId } = await createPlan(t, force, { title: 'Bad template' });
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(APPLY, { p: planId, tpl }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'templateId' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });
  });

  it('adds, updates and removes an item; each change is one revision with its event and node', async () => {
    const { planId, items } = await baselinePlan('Custom item');
    const start = await planHead(t, planId, planner);
    const added = (await gqlData(t, ADD, { p: planId, input: { category: 'LANGUAGE_ACCESS', text: '  Spanish interpreter on the command net.  ' } }, planner)).addChecklistItem;
    expect(added).toEqual({
      id: expect.any(String),
      version: 1,
      category: 'LANGUAGE_ACCESS',
      text: 'Spanish interpreter on the command net.',
      required: true,
      citation: '',
      status: 'OPEN',
      note: '',
      reviewedBy: null,
      reviewedAt: null,
    });
    expect((await planOf(planId)).checklist.map((item: Item) => item.id)).toEqual([...items.map((item) => item.id), added.id]);
    let change = await changesSince(t, planId, start, planner);
    expect(change.head.revision).toBe(start.revision + 1);
    expect(change.events).toEqual([
      { seq: start.lastSeq + 1, type: 'CHECKLIST_ITEM_ADDED', entityType: 'CHECKLIST_ITEM', entityId: added.id, revision: start.revision + 1, node: { __typename: 'ChecklistItem', ...added } },
    ]);
    expect(await openBlockers(planId)).toContain(added.id);

    // Changing a required item's category or citation is the lead's call, with a reason (security-rules-checklist spec).
    const reason = 'Counsel: language access is a civil-rights duty under Title VI.';
    const updated = (await gqlData(t, UPDATE, { id: added.id, v: 1, patch: { required: false, citation: 'Title VI; EO 13166', category: 'CIVIL_RIGHTS' }, reason }, force.tokens.cbpLead)).updateChecklistItem;
    expect(updated).toEqual({ ...added, version: 2, required: false, citation: 'Title VI; EO 13166', category: 'CIVIL_RIGHTS' });
    const afterUpdate = await changesSince(t, planId, change.head, planner);
    expect(afterUpdate.head.revision).toBe(change.head.revision + 1);
    expect(afterUpdate.events).toEqual([
      { seq: change.head.lastSeq + 1, type: 'CHECKLIST_ITEM_UPDATED', entityType: 'CHECKLIST_ITEM', entityId: added.id, revision: change.head.revision + 1, node: { __typename: 'ChecklistItem', ...updated } },
    ]);
    expect(await openBlockers(planId)).not.toContain(added.id);

    change = afterUpdate;
    expect((await gqlData(t, REMOVE, { id: added.id, v: 2 }, planner)).removeChecklistItem).toBe(added.id);
    const afterRemove = await changesSince(t, planId, change.head, planner);
    expect(afterRemove.head.revision).toBe(change.head.revision + 1);
    expect(afterRemove.events).toEqual([
      { seq: change.head.lastSeq + 1, type: 'CHECKLIST_ITEM_REMOVED', entityType: 'CHECKLIST_ITEM', entityId: added.id, revision: change.head.revision + 1, node: null },
    ]);
    expect((await planOf(planId)).checklist.map((item: Item) => item.id)).toEqual(items.map((item) => item.id));
  });

  describe('resolving', () => {
    let planId: string;
    let items: Item[];
    beforeAll(async () => {
      ({ planId, items } = await baselinePlan('Resolve plan'));
    });

    it('SATISFIED needs a non-empty note, and records who reviewed it and when', async () => {
      const item = items[0];
      const before = await planFootprint(t, planId);
      for (const note of ['', '   ']) {
        const error = errorOf(await t.gql(RESOLVE, { id: item.id, v: 1, s: 'SATISFIED', note }, planner));
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      }
      const tooLong = errorOf(await t.gql(RESOLVE, { id: item.id, v: 1, s: 'SATISFIED', note: 'n'.repeat(20_001) }, planner));
      expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      expect(await planFootprint(t, planId)).toEqual(before);

      const head = await planHead(t, planId, planner);
      const startedAt = Date.now();
      const resolved = await resolve(item, 'SATISFIED', '  MOU 2026-14 signed by all three agencies.  ');
      expect(resolved).toMatchObject({ id: item.id, version: 2, status: 'SATISFIED', note: 'MOU 2026-14 signed by all three agencies.', reviewedBy: { id: force.users.ncshpPlanner } });
      expect(Math.abs(Date.parse(resolved.reviewedAt) - startedAt)).toBeLessThan(60_000);
      const change = await changesSince(t, planId, head, planner);
      expect(change.head.revision).toBe(head.revision + 1);
      expect(change.events).toEqual([
        { seq: head.lastSeq + 1, type: 'CHECKLIST_ITEM_RESOLVED', entityType: 'CHECKLIST_ITEM', entityId: item.id, revision: head.revision + 1, node: { __typename: 'ChecklistItem', ...resolved } },
      ]);
      expect(change.head.contentHash).not.toBe(head.contentHash);
      expect(await openBlockers(planId)).not.toContain(item.id);
      items[0] = resolved;
    });

    it('refuses NOT_APPLICABLE without a justification', async () => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(RESOLVE, { id: items[1].id, v: 1, s: 'NOT_APPLICABLE', note: ' ' }, force.tokens.ncshpLead));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('answers FORBIDDEN to a PLANNER marking a required item NOT_APPLICABLE, and changes nothing', async () => {
      const before = await planFootprint(t, planId);
      for (const who of ['ncshpPlanner', 'cbpPlanner'] as const) {
        const error = errorOf(await t.gql(RESOLVE, { id: items[1].id, v: 1, s: 'NOT_APPLICABLE', note: 'No enforcement action planned.' }, force.tokens[who]));
        expect(error.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('lets an AGENCY_LEAD of a participating agency mark a required item NOT_APPLICABLE', async () => {
      const resolved = await resolve(items[1], 'NOT_APPLICABLE', 'No enforcement action is planned under this authority.', force.tokens.cbpLead);
      expect(resolved).toMatchObject({ status: 'NOT_APPLICABLE', required: true, version: 2, reviewedBy: { id: force.users.cbpLead } });
      expect(resolved.reviewedAt).not.toBeNull();
      expect(await openBlockers(planId)).not.toContain(items[1].id);
      items[1] = resolved;
    });

    it('answers NOT_FOUND to an AGENCY_LEAD of an agency not taking part', async () => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(RESOLVE, { id: items[2].id, v: 1, s: 'NOT_APPLICABLE', note: 'n/a' }, wcsoLead));
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('lets a planner mark the optional item NOT_APPLICABLE', async () => {
      const optional = items.find((item) => !item.required)!;
      const resolved = await resolve(optional, 'NOT_APPLICABLE', 'No body-worn cameras in this operation.', force.tokens.cbpPlanner);
      expect(resolved).toMatchObject({ status: 'NOT_APPLICABLE', required: false, reviewedBy: { id: force.users.cbpPlanner } });
    });

    it('OPEN reopens the item, clears who reviewed it, and it blocks readiness again', async () => {
      const head = await planHead(t, planId, planner);
      const reopened = await resolve(items[0], 'OPEN', '');
      expect(reopened).toMatchObject({ id: items[0].id, version: 3, status: 'OPEN', reviewedBy: null, reviewedAt: null });
      const change = await changesSince(t, planId, head, planner);
      expect(change.head.revision).toBe(head.revision + 1);
      expect(change.events).toEqual([
        { seq: head.lastSeq + 1, type: 'CHECKLIST_ITEM_REOPENED', entityType: 'CHECKLIST_ITEM', entityId: items[0].id, revision: head.revision + 1, node: { __typename: 'ChecklistItem', ...reopened } },
      ]);
      expect(await openBlockers(planId)).toContain(items[0].id);
      // Reopening a NOT_APPLICABLE item is allowed to a planner as well.
      const reopenedNa = await resolve(items[1], 'OPEN', '', force.tokens.cbpPlanner);
      expect(reopenedNa).toMatchObject({ status: 'OPEN', reviewedBy: null, reviewedAt: null });
      items[0] = reopened;
      items[1] = reopenedNa;
    });

    it('answers CONFLICT with the current item to a stale resolve, update or remove, and changes nothing', async () => {
      const item = items[0];
      const before = await planFootprint(t, planId);
      for (const result of [
        await t.gql(RESOLVE, { id: item.id, v: 1, s: 'SATISFIED', note: 'stale' }, force.tokens.cbpPlanner),
        await t.gql(UPDATE, { id: item.id, v: 1, patch: { citation: 'stale' } }, force.tokens.cbpPlanner),
        await t.gql(REMOVE, { id: item.id, v: 1 }, force.tokens.cbpPlanner),
      ]) {
        expect(errorOf(result).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: item.version, current: { id: item.id, status: 'OPEN', version: item.version } });
      }
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('lets two agencies resolve two different items at once', async () => {
      const [a, b] = [items[3], items[4]];
      const results = await Promise.all([
        t.gql(RESOLVE, { id: a.id, v: a.version, s: 'SATISFIED', note: 'By NCSHP.' }, force.tokens.ncshpPlanner),
        t.gql(RESOLVE, { id: b.id, v: b.version, s: 'SATISFIED', note: 'By CBP.' }, force.tokens.cbpPlanner),
      ]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      expect(results.map((result) => result.data?.resolveChecklistItem.status)).toEqual(['SATISFIED', 'SATISFIED']);
    });
  });

  describe('waiving a requirement is the lead\'s call', () => {
    it('refuses a planner who tries to make a required item optional, and writes nothing', async () => {
      const { planId, items } = await baselinePlan('Waiver plan');
      const before = await planFootprint(t, planId);
      const result = await t.gql(UPDATE, { id: items[0].id, v: items[0].version, patch: { required: false } }, planner);
      expect(errorOf(result).extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('reopens a not-applicable item that becomes required again, so a planner cannot launder a waiver', async () => {
      const { items } = await baselinePlan('Laundering plan');
      const item = items[0];
      const optional = (await gqlData(t, UPDATE, { id: item.id, v: item.version, patch: { required: false } }, force.tokens.ncshpLead)).updateChecklistItem;
      const waived = await resolve(optional, 'NOT_APPLICABLE', 'Optional now; not needed', planner);
      expect(waived.status).toBe('NOT_APPLICABLE');
      const required = (await gqlData(t, UPDATE, { id: item.id, v: waived.version, patch: { required: true } }, planner)).updateChecklistItem;
      expect(required).toMatchObject({ required: true, status: 'OPEN', reviewedBy: null });
    });

    it('puts an item added after a removal at the end, not beside an older one', async () => {
      const { planId, items } = await baselinePlan('Ordering plan');
      // A required item: only a lead removes it, with a reason.
      await gqlData(t, REMOVE, { id: items[5].id, v: items[5].version, reason: 'Covered by the agreement item' }, force.tokens.ncshpLead);
      await gqlData(t, ADD, { p: planId, input: { category: 'OTHER', text: 'Added last' } }, planner);
      const texts = (await planOf(planId)).checklist.map((item: { text: string }) => item.text);
      expect(texts.at(-1)).toBe('Added last');
    });
  });

  describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
    let planId: string;
    let item: Item;
    beforeAll(async () => {
      let items: Item[];
      ({ planId, items } = await baselinePlan('Checklist validation'));
      item = items[0];
    });

    it.each([
      ['an empty text', { category: 'OTHER', text: '' }, 'input.text'],
      ['a blank text', { category: 'OTHER', text: '  ' }, 'input.text'],
      ['a 20,001-character text', { category: 'OTHER', text: 't'.repeat(20_001) }, 'input.text'],
      ['a 20,001-character citation', { category: 'OTHER', text: 'ok', citation: 'c'.repeat(20_001) }, 'input.citation'],
    ])('addChecklistItem refuses %s', async (_case, input, field) => {
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(ADD, { p: planId, input }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each([
      ['an empty text', { text: '' }, 'patch.text'],
      ['a 20,001-character text', { text: 't'.repeat(20_001) }, 'patch.text'],
      ['a 20,001-character citation', { citation: 'c'.repeat(20_001) }, 'patch.citation'],
    ])('updateChecklistItem refuses %s', async (_case, patch, field) => {
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(UPDATE, { id: item.id, v: 1, patch }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });
  });

  describe('readiness', () => {
    it('turns ready once there is an objective with criteria, an assigned role and a resource per agency, comms, every required item resolved and a clean timeline', async () => {
      const { planId, items } = await baselinePlan('Ready plan');
      const readiness = async () => (await planOf(planId)).readiness;
      await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Safe corridor", successCriteria: "No serious crash on the corridor." }) { id } }`, { p: planId }, planner);
      for (const [agencyId, assigneeId] of [
        [force.agencies.ncshp, force.users.ncshpLead],
        [force.agencies.cbp, force.users.cbpLead],
      ]) {
        await gqlData(t, `mutation($p: ID!, $a: ID!, $u: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Commander", assigneeId: $u }) { id } }`, { p: planId, a: agencyId, u: assigneeId }, planner);
        await gqlData(t, `mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Officers", quantity: 2 }) { id } }`, { p: planId, a: agencyId }, planner);
      }
      await gqlData(t, `mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Command net", details: "TG 4400" }) { id } }`, { p: planId }, planner);
      await addCommandPost(t, planId, planner);
      const briefing = (
        await gqlData(
          t,
          `mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Briefing", phase: BRIEFING, startsAt: "2027-03-01T06:00:00Z", endsAt: "2027-03-01T07:00:00Z" }) { id } }`,
          { p: planId },
          planner,
        )
      ).addTimelineEvent;
      await gqlData(
        t,
        `mutation($p: ID!, $d: [ID!]) { addTimelineEvent(planId: $p, input: { title: "Patrol", phase: EXECUTION, startsAt: "2027-03-01T07:00:00Z", endsAt: "2027-03-01T18:00:00Z", dependsOnIds: $d }) { id } }`,
        { p: planId, d: [briefing.id] },
        planner,
      );

      const required = items.filter((item) => item.required);
      for (const item of required.slice(0, -1)) await resolve(item, 'SATISFIED', `Evidence for: ${item.text.slice(0, 40)}`);
      const almost = await readiness();
      expect(almost).toEqual({ ready: false, blockers: [{ code: 'REQUIRED_CHECKLIST_OPEN', entityId: required.at(-1)!.id }] });

      await resolve(required.at(-1)!, 'NOT_APPLICABLE', 'No dependents expected: vehicle stops only.', force.tokens.ncshpLead);
      expect(await readiness()).toEqual({ ready: true, blockers: [] });
    });
  });

  describe('access', () => {
    let planId: string;
    let item: Item;
    beforeAll(async () => {
      let items: Item[];
      ({ planId, items } = await baselinePlan('Checklist access'));
      item = items[0];
    });

    it.each(['ncshpOfficer', 'oversight'] as const)('%s gets FORBIDDEN on add, update, resolve, remove and apply, and nothing changes', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      for (const result of [
        await t.gql(ADD, { p: planId, input: { category: 'OTHER', text: 'Nope' } }, token),
        await t.gql(UPDATE, { id: item.id, v: 1, patch: { text: 'Nope' } }, token),
        await t.gql(RESOLVE, { id: item.id, v: 1, s: 'SATISFIED', note: 'Nope' }, token),
        await t.gql(REMOVE, { id: item.id, v: 1 }, token),
        await t.gql(APPLY, { p: planId, tpl: templateId }, token),
      ]) {
        expect(errorOf(result).extensions?.code).toBe('FORBIDDEN');
      }
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each(['wcsoPlanner', 'ncshpAdmin'] as const)('%s (not a member) gets NOT_FOUND, the same answer as for an id that does not exist', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      const pairs: Array<[string, Record<string, unknown>]> = [
        [UPDATE, { v: 1, patch: { text: 'Nope' } }],
        [RESOLVE, { v: 1, s: 'SATISFIED', note: 'Nope' }],
        [REMOVE, { v: 1 }],
      ];
      for (const [mutation, variables] of pairs) {
        const hidden = errorOf(await t.gql(mutation, { id: item.id, ...variables }, token));
        expect(hidden.extensions?.code).toBe('NOT_FOUND');
        expect(hidden).toEqual(errorOf(await t.gql(mutation, { id: MISSING_ID, ...variables }, token)));
      }
      expect(errorOf(await t.gql(ADD, { p: planId, input: { category: 'OTHER', text: 'Nope' } }, token)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(APPLY, { p: planId, tpl: templateId }, token)).extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('answers NOT_FOUND to a malformed id', async () => {
      expect(errorOf(await t.gql(UPDATE, { id: 'abc', v: 1, patch: { text: 'x' } }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(RESOLVE, { id: 'abc', v: 1, s: 'SATISFIED', note: 'x' }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(REMOVE, { id: 'abc', v: 1 }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(APPLY, { p: 'abc', tpl: templateId }, planner)).extensions?.code).toBe('NOT_FOUND');
    });
  });
});
