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
