import { addOneOfEach, approveAs, gqlData, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A save that changes nothing is no edit (docs/architecture.md#the-path-of-a-change): the part
 * keeps its version, nothing is logged, the revision stays, and the leads' sign-offs stand. The
 * pages send nothing when nothing changed; the API holds the rule for every other client.
 */

const STATE = `query($id: ID!) { plan(id: $id) { status version revision lastSeq approvals { status revision } } }`;
const PARTS = `query($id: ID!) { plan(id: $id) {
  id version title summary startsAt endsAt
  objectives { id version title successCriteria priority }
  roles { id version title }
  checklist { id version text citation }
  timeline { id version title startsAt endsAt notes }
  resources { id version kind quantity }
  comms { id version name details }
} }`;

describe('a save that changes nothing', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const state = async (planId: string) => (await gqlData(t, STATE, { id: planId }, force.tokens.ncshpPlanner)).plan;
  /** A plan with one of each part, signed by NCSHP's and CBP's leads. */
  const approvedPlan = async (title: string) => {
    const plan = await readyPlan(t, force, { title });
    await addOneOfEach(t, force, plan.id);
    await submitPlan(t, force, plan.id);
    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    return plan;
  };

  it('keeps every version, logs nothing and leaves an APPROVED plan signed, on every kind of part and the plan itself', async () => {
    const { id: planId } = await approvedPlan('Unchanged saves');
    const token = force.tokens.ncshpPlanner;
    const before = await state(planId);
    expect(before.status).toBe('APPROVED');
    const { plan } = await gqlData(t, PARTS, { id: planId }, token);
    const [objective] = plan.objectives;
    const [role] = plan.roles;
    const [item] = plan.checklist;
    const [event] = plan.timeline;
    const [resource] = plan.resources;
    const [channel] = plan.comms;

    const answers = {
      plan: (await gqlData(t, `mutation($id: ID!, $v: Int!, $patch: PlanPatch!) { updatePlan(id: $id, expectedVersion: $v, patch: $patch) { version } }`, { id: planId, v: plan.version, patch: { title: plan.title, summary: plan.summary, startsAt: plan.startsAt, endsAt: plan.endsAt } }, token)).updatePlan,
      objective: (await gqlData(t, `mutation($id: ID!, $v: Int!, $patch: ObjectivePatch!) { updateObjective(id: $id, expectedVersion: $v, patch: $patch) { version } }`, { id: objective.id, v: objective.version, patch: { title: objective.title, successCriteria: objective.successCriteria, priority: objective.priority } }, token)).updateObjective,
      role: (await gqlData(t, `mutation($id: ID!, $v: Int!, $title: String!) { updateRole(id: $id, expectedVersion: $v, patch: { title: $title }) { version } }`, { id: role.id, v: role.version, title: role.title }, token)).updateRole,
      item: (await gqlData(t, `mutation($id: ID!, $v: Int!, $text: String!, $citation: String!) { updateChecklistItem(id: $id, expectedVersion: $v, patch: { text: $text, citation: $citation }) { version } }`, { id: item.id, v: item.version, text: item.text, citation: item.citation }, token)).updateChecklistItem,
      event: (await gqlData(t, `mutation($id: ID!, $v: Int!, $patch: TimelineEventPatch!) { updateTimelineEvent(id: $id, expectedVersion: $v, patch: $patch) { version } }`, { id: event.id, v: event.version, patch: { title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, notes: event.notes } }, token)).updateTimelineEvent,
      resource: (await gqlData(t, `mutation($id: ID!, $v: Int!, $kind: String!, $q: Int!) { updateResource(id: $id, expectedVersion: $v, patch: { kind: $kind, quantity: $q }) { version } }`, { id: resource.id, v: resource.version, kind: resource.kind, q: resource.quantity }, token)).updateResource,
      channel: (await gqlData(t, `mutation($id: ID!, $v: Int!, $name: String!, $details: String!) { updateCommsChannel(id: $id, expectedVersion: $v, patch: { name: $name, details: $details }) { version } }`, { id: channel.id, v: channel.version, name: channel.name, details: channel.details }, token)).updateCommsChannel,
    };
    expect(answers).toEqual({
      plan: { version: plan.version },
      objective: { version: objective.version },
      role: { version: role.version },
      item: { version: item.version },
      event: { version: event.version },
      resource: { version: resource.version },
      channel: { version: channel.version },
    });
    expect(await state(planId)).toEqual(before);
    expect((await gqlData(t, PARTS, { id: planId }, token)).plan).toEqual(plan);

    // A save that does change something is an edit as before: a new version, logged, sign-offs void.
    const changed = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { successCriteria: "Stricter" }) { version } }`, { id: objective.id, v: objective.version }, token)).updateObjective;
    expect(changed.version).toBe(objective.version + 1);
    const after = await state(planId);
    expect(after).toMatchObject({ status: 'IN_REVIEW', revision: before.revision + 1 });
    expect(after.lastSeq).toBeGreaterThan(before.lastSeq);
    expect(after.approvals.map((approval: { status: string }) => approval.status)).toEqual(['STALE', 'STALE']);
  });

  it('a part saved with one value changed and the rest as they were is one edit, as before', async () => {
    const { id: planId } = await approvedPlan('One field changed');
    const token = force.tokens.ncshpPlanner;
    const { plan } = await gqlData(t, PARTS, { id: planId }, token);
    const [channel] = plan.comms;
    const before = await state(planId);
    const saved = (await gqlData(t, `mutation($id: ID!, $v: Int!, $name: String!) { updateCommsChannel(id: $id, expectedVersion: $v, patch: { name: $name, details: "TG 4411" }) { version details } }`, { id: channel.id, v: channel.version, name: channel.name }, token)).updateCommsChannel;
    expect(saved).toEqual({ version: channel.version + 1, details: 'TG 4411' });
    const after = await state(planId);
    expect(after).toMatchObject({ status: 'IN_REVIEW', revision: before.revision + 1, lastSeq: before.lastSeq + 4 });
  });

  it("a role's objectives or an event's dependencies sent back in another order are the links it has: no edit", async () => {
    const { id: planId } = await approvedPlan('Links in another order');
    const token = force.tokens.ncshpPlanner;
    const ids = (await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id } } }`, { id: planId }, token)).plan.objectives.map((o: { id: string }) => o.id);
    const second = (await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Second", successCriteria: "Done" }) { id } }`, { p: planId }, token)).addObjective.id;
    const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { roles { id version } timeline { id version } } }`, { id: planId }, token);
    const [role] = plan.roles;
    const linked = (await gqlData(t, `mutation($id: ID!, $v: Int!, $o: [ID!]) { updateRole(id: $id, expectedVersion: $v, patch: { objectiveIds: $o }) { version } }`, { id: role.id, v: role.version, o: [ids[0], second] }, token)).updateRole;
    const event = (await gqlData(t, `mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Later", phase: EXECUTION, startsAt: "2027-03-01T09:00:00Z", endsAt: "2027-03-01T10:00:00Z" }) { id version } }`, { p: planId }, token)).addTimelineEvent;
    const dependsOn = [plan.timeline[0].id];
    const before = await state(planId);

    const reordered = (await gqlData(t, `mutation($id: ID!, $v: Int!, $o: [ID!]) { updateRole(id: $id, expectedVersion: $v, patch: { objectiveIds: $o }) { version objectives { id } } }`, { id: role.id, v: linked.version, o: [second, ids[0]] }, token)).updateRole;
    expect(reordered.version).toBe(linked.version);
    expect(reordered.objectives.map((o: { id: string }) => o.id)).toEqual([ids[0], second]);
    const withDeps = (await gqlData(t, `mutation($id: ID!, $v: Int!, $d: [ID!]) { updateTimelineEvent(id: $id, expectedVersion: $v, patch: { dependsOnIds: $d }) { version } }`, { id: event.id, v: event.version, d: dependsOn }, token)).updateTimelineEvent;
    const after = await state(planId);
    expect(after.revision).toBe(before.revision + 1);
    // The same dependencies again: no edit.
    const same = (await gqlData(t, `mutation($id: ID!, $v: Int!, $d: [ID!]) { updateTimelineEvent(id: $id, expectedVersion: $v, patch: { dependsOnIds: $d }) { version } }`, { id: event.id, v: withDeps.version, d: [...dependsOn, ...dependsOn] }, token)).updateTimelineEvent;
    expect(same.version).toBe(withDeps.version);
    expect(await state(planId)).toEqual(after);
  });

  it('an unchanged save on a stale version is still a CONFLICT', async () => {
    const { id: planId } = await approvedPlan('Stale unchanged save');
    const token = force.tokens.ncshpPlanner;
    const { plan } = await gqlData(t, PARTS, { id: planId }, token);
    const [objective] = plan.objectives;
    await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { successCriteria: "Stricter" }) { version } }`, { id: objective.id, v: objective.version }, token);
    const answer = await t.gql(`mutation($id: ID!, $v: Int!, $title: String!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: $title }) { version } }`, { id: objective.id, v: objective.version, title: objective.title }, token);
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
