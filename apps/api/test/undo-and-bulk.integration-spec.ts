import { changesSince, createPlan, errorOf, gqlData, MISSING_ID, ncBaselineTemplateId, PART_FIELDS, planFootprint, planHead, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const ITEM = PART_FIELDS.ChecklistItem;
const CHECKLIST = `query($id: ID!) { plan(id: $id) { checklist { ${ITEM} } } }`;
const RESOLVE_MANY = `mutation($p: ID!, $items: [ChecklistItemRef!]!, $s: ChecklistStatus!, $note: String!) { resolveChecklistItems(planId: $p, items: $items, status: $s, note: $note) { ${ITEM} } }`;
const ADD_ITEM = `mutation($p: ID!, $input: ChecklistItemInput!) { addChecklistItem(planId: $p, input: $input) { ${ITEM} } }`;
const REMOVE_ITEM = `mutation($id: ID!, $v: Int!, $reason: String) { removeChecklistItem(id: $id, expectedVersion: $v, reason: $reason) }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $input: ObjectiveInput!) { addObjective(planId: $p, input: $input) { ${PART_FIELDS.Objective} } }`;
const ADD_ROLE = `mutation($p: ID!, $input: RoleAssignmentInput!) { addRole(planId: $p, input: $input) { id version objectives { id } } }`;
const ADD_EVENT = `mutation($p: ID!, $input: TimelineEventInput!) { addTimelineEvent(planId: $p, input: $input) { ${PART_FIELDS.TimelineEvent} } }`;

type Item = { id: string; version: number; text: string; required: boolean; status: string; note: string; reviewedBy: { id: string } | null; category: string; citation: string };
const ref = (item: { id: string; version: number }) => ({ id: item.id, expectedVersion: item.version });

describe('undo of a removal (re-add with position and links) and bulk checklist resolution', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;
  let templateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
    templateId = await ncBaselineTemplateId(t, planner);
  });
  afterAll(() => t.close());

  const checklistOf = async (planId: string): Promise<Item[]> => (await gqlData(t, CHECKLIST, { id: planId }, planner)).plan.checklist;
  const baselinePlan = async (title: string) => {
    const { id: planId } = await createPlan(t, force, { title, checklistTemplateId: templateId });
    return { planId, items: await checklistOf(planId) };
  };

  describe('resolveChecklistItems', () => {
    it('resolves several items with one note in one change: one RESOLVED event per item', async () => {
      const { planId, items } = await baselinePlan('Bulk resolve');
      const chosen = items.slice(0, 3);
      const before = await planHead(t, planId, planner);

      const resolved: Item[] = (await gqlData(t, RESOLVE_MANY, { p: planId, items: chosen.map(ref), s: 'SATISFIED', note: '  MOU signed 2027-01-10  ' }, planner)).resolveChecklistItems;

      expect(resolved.map((item) => item.id)).toEqual(chosen.map((item) => item.id));
      for (const item of resolved) expect(item).toMatchObject({ status: 'SATISFIED', note: 'MOU signed 2027-01-10', version: 2, reviewedBy: { id: force.users.ncshpPlanner } });
      const change = await changesSince(t, planId, before, planner);
      expect(change.events.map((event) => [event.type, event.entityId])).toEqual(chosen.map((item) => ['CHECKLIST_ITEM_RESOLVED', item.id]));
      expect(change.events.map((event) => event.node)).toEqual(resolved.map((item) => expect.objectContaining({ id: item.id, status: 'SATISFIED', note: 'MOU signed 2027-01-10' })));
      expect(change.head.revision).toBe(before.revision + 1);
      const now = await checklistOf(planId);
      expect(now.filter((item) => item.status === 'SATISFIED').map((item) => item.id)).toEqual(chosen.map((item) => item.id));
    });

    it('is all or nothing: a required item a planner may not mark not applicable refuses the lot, naming it', async () => {
      const { planId, items } = await baselinePlan('Bulk forbidden');
      const optional = items.find((item) => !item.required)!;
      const required = items.find((item) => item.required)!;
      const before = await planFootprint(t, planId);

      const refused = errorOf(await t.gql(RESOLVE_MANY, { p: planId, items: [ref(optional), ref(required)], s: 'NOT_APPLICABLE', note: 'Not needed' }, planner));

      expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', itemId: required.id, index: 1 });
      expect(refused.message).toContain(required.text);
      expect(await planFootprint(t, planId)).toEqual(before);

      // An agency lead may, as with one item.
      const done = (await gqlData(t, RESOLVE_MANY, { p: planId, items: [ref(optional), ref(required)], s: 'NOT_APPLICABLE', note: 'Not needed' }, force.tokens.ncshpLead)).resolveChecklistItems;
      expect(done.map((item: Item) => item.status)).toEqual(['NOT_APPLICABLE', 'NOT_APPLICABLE']);
    });

    it('refuses a stale version, an item of another plan, a missing note and a repeated item, changing nothing', async () => {
      const { planId, items } = await baselinePlan('Bulk invalid');
      const other = await baselinePlan('Another plan');
      const before = await planFootprint(t, planId);
      const attempt = (list: unknown[], note = 'Evidence') => t.gql(RESOLVE_MANY, { p: planId, items: list, s: 'SATISFIED', note }, planner);

      const stale = errorOf(await attempt([ref(items[0]), { id: items[1].id, expectedVersion: 7 }]));
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', itemId: items[1].id, currentVersion: 1 });
      const foreign = errorOf(await attempt([ref(items[0]), ref(other.items[0])]));
      expect(foreign.extensions).toMatchObject({ code: 'NOT_FOUND', itemId: other.items[0].id });
      expect(foreign.message).not.toContain(other.items[0].text);
      expect(errorOf(await attempt([{ id: MISSING_ID, expectedVersion: 1 }])).extensions).toMatchObject({ code: 'NOT_FOUND', itemId: MISSING_ID });
      expect(errorOf(await attempt([ref(items[0])], '   ')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      expect(errorOf(await attempt([ref(items[0]), ref(items[0])])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });
      expect(errorOf(await attempt([])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('follows the rule of one resolve for who: an officer is FORBIDDEN, a non-member is told the plan is not found', async () => {
      const { planId, items } = await baselinePlan('Bulk who');
      const before = await planFootprint(t, planId);
      const variables = { p: planId, items: [ref(items[0])], s: 'SATISFIED', note: 'Evidence' };
      expect(errorOf(await t.gql(RESOLVE_MANY, variables, force.tokens.ncshpOfficer)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(RESOLVE_MANY, variables, force.tokens.wcsoPlanner)).extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);
    });
  });

  describe('undo of a removal through the add mutations', () => {
    it('re-adds a resolved checklist item at its place with its evidence, logged as ADDED', async () => {
      const { planId, items } = await baselinePlan('Undo checklist');
      const [resolved] = (await gqlData(t, RESOLVE_MANY, { p: planId, items: [ref(items[3])], s: 'SATISFIED', note: 'Signed MOU' }, planner)).resolveChecklistItems;
      await gqlData(t, REMOVE_ITEM, { id: resolved.id, v: resolved.version, reason: 'Duplicate of another item' }, force.tokens.ncshpLead);
      const before = await planHead(t, planId, planner);

      const input = { category: resolved.category, text: resolved.text, required: resolved.required, citation: resolved.citation, position: 3, status: 'SATISFIED', note: 'Signed MOU' };
      const readded: Item = (await gqlData(t, ADD_ITEM, { p: planId, input }, planner)).addChecklistItem;

      expect(readded.id).not.toBe(resolved.id);
      expect(readded).toMatchObject({ text: resolved.text, status: 'SATISFIED', note: 'Signed MOU', reviewedBy: { id: force.users.ncshpPlanner }, version: 1 });
      expect((await checklistOf(planId)).map((item) => item.text)).toEqual(items.map((item) => item.text));
      const change = await changesSince(t, planId, before, planner);
      expect(change.events.map((event) => [event.type, event.entityId])).toEqual([['CHECKLIST_ITEM_ADDED', readded.id]]);
      expect(change.events[0].node).toMatchObject({ status: 'SATISFIED', note: 'Signed MOU' });
    });

    it('holds a re-added resolution to the rules of resolve, and a position to the list', async () => {
      const { planId, items } = await baselinePlan('Undo checklist rules');
      const before = await planFootprint(t, planId);
      const base = { category: 'OTHER', text: 'Brief the night shift', required: true };
      expect(errorOf(await t.gql(ADD_ITEM, { p: planId, input: { ...base, status: 'NOT_APPLICABLE', note: 'n/a' } }, planner)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(ADD_ITEM, { p: planId, input: { ...base, status: 'SATISFIED', note: ' ' } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
      expect(errorOf(await t.gql(ADD_ITEM, { p: planId, input: { ...base, position: items.length + 1 } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.position' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('re-adds an objective at its position and back into the roles that named it', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Undo objective' });
      const added: Array<Record<string, any>> = [];
      for (const title of ['A', 'B', 'C']) added.push((await gqlData(t, ADD_OBJECTIVE, { p: planId, input: { title, successCriteria: 'Done' } }, planner)).addObjective);
      const role = (await gqlData(t, ADD_ROLE, { p: planId, input: { agencyId: force.agencies.ncshp, title: 'Commander', objectiveIds: [added[0].id, added[1].id] } }, planner)).addRole;
      const removed = added[1];
      await gqlData(t, `mutation($id: ID!, $v: Int!) { removeObjective(id: $id, expectedVersion: $v) }`, { id: removed.id, v: removed.version }, planner);
      const before = await planHead(t, planId, planner);

      const input = { title: removed.title, description: removed.description, successCriteria: removed.successCriteria, priority: removed.priority, position: 1, roleIds: [role.id] };
      const readded = (await gqlData(t, ADD_OBJECTIVE, { p: planId, input }, planner)).addObjective;

      expect(readded).toMatchObject({ title: 'B', position: 1, version: 1 });
      const plan = (await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id title position } roles { id objectives { id } } } }`, { id: planId }, planner)).plan;
      expect(plan.objectives.map((o: { title: string; position: number }) => [o.title, o.position])).toEqual([['A', 0], ['B', 1], ['C', 2]]);
      expect(plan.roles).toEqual([{ id: role.id, objectives: [{ id: added[0].id }, { id: readded.id }] }]);
      const change = await changesSince(t, planId, before, planner);
      expect(change.events.map((event) => [event.type, event.entityId])).toEqual([
        ['OBJECTIVE_ADDED', readded.id],
        ['OBJECTIVE_UPDATED', added[2].id],
        ['ROLE_UPDATED', role.id],
      ]);
      expect(change.head.revision).toBe(before.revision + 1);
    });

    it('refuses an objective position past the end and a role of another plan, changing nothing', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Undo objective rules' });
      const { id: otherId } = await createPlan(t, force, { title: 'Other plan' });
      const otherRole = (await gqlData(t, ADD_ROLE, { p: otherId, input: { agencyId: force.agencies.ncshp, title: 'Commander' } }, planner)).addRole;
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(ADD_OBJECTIVE, { p: planId, input: { title: 'X', position: 1 } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.position' });
      expect(errorOf(await t.gql(ADD_OBJECTIVE, { p: planId, input: { title: 'X', roleIds: [otherRole.id] } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roleIds' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('re-adds a timeline event with what it waited on and what waited on it', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Undo timeline' });
      const event = (title: string, hour: number, dependsOnIds: string[] = []) => ({ title, phase: 'EXECUTION', startsAt: `2027-03-01T${hour}:00:00Z`, endsAt: `2027-03-01T${hour}:30:00Z`, dependsOnIds });
      const first = (await gqlData(t, ADD_EVENT, { p: planId, input: event('First', 10) }, planner)).addTimelineEvent;
      const second = (await gqlData(t, ADD_EVENT, { p: planId, input: event('Second', 11, [first.id]) }, planner)).addTimelineEvent;
      const third = (await gqlData(t, ADD_EVENT, { p: planId, input: event('Third', 12, [second.id]) }, planner)).addTimelineEvent;
      await gqlData(t, `mutation($id: ID!, $v: Int!) { removeTimelineEvent(id: $id, expectedVersion: $v) }`, { id: second.id, v: second.version }, planner);
      const before = await planHead(t, planId, planner);

      // What waited on the first event cannot also be what it waits on: a cycle, refused, nothing written.
      const footprint = await planFootprint(t, planId);
      const cycle = errorOf(await t.gql(ADD_EVENT, { p: planId, input: { ...event('Second', 11, [first.id]), dependentIds: [first.id] } }, planner));
      expect(cycle.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dependentIds' });
      expect(await planFootprint(t, planId)).toEqual(footprint);

      const readded = (await gqlData(t, ADD_EVENT, { p: planId, input: { ...event('Second', 11, [first.id]), dependentIds: [third.id] } }, planner)).addTimelineEvent;
      expect(readded.dependsOn).toEqual([{ id: first.id }]);
      const timeline = (await gqlData(t, `query($id: ID!) { plan(id: $id) { timeline { id title dependsOn { id } } } }`, { id: planId }, planner)).plan.timeline;
      expect(timeline).toEqual([
        { id: first.id, title: 'First', dependsOn: [] },
        { id: readded.id, title: 'Second', dependsOn: [{ id: first.id }] },
        { id: third.id, title: 'Third', dependsOn: [{ id: readded.id }] },
      ]);
      const change = await changesSince(t, planId, before, planner);
      expect(change.events.map((e) => [e.type, e.entityId])).toEqual([
        ['TIMELINE_EVENT_ADDED', readded.id],
        ['TIMELINE_EVENT_UPDATED', third.id],
      ]);
    });
  });
});
