import { activePlan, saveDebrief, submitDebrief } from './support/operation';
import { gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { record, startTestApp, type TestApp } from './support/test-app';

const DEBRIEFS = `query($id: ID!) { plan(id: $id) { debriefs { id status narrative author { id } } } }`;
const EVENT_FIELDS = `seq type entityType entityId hash prevHash revision node { __typename ... on Debrief { id status narrative strengths } }`;
const EVENTS = `query($id: ID!) { plan(id: $id) { lastSeq events(limit: 500) { ${EVENT_FIELDS} } } }`;
const SUBSCRIBE = `subscription($p: ID!, $after: Int) { planEvents(planId: $p, afterSeq: $after) { ${EVENT_FIELDS} } }`;

interface LoggedEvent {
  seq: number;
  type: string;
  entityType: string;
  entityId: string;
  hash: string;
  prevHash: string;
  revision: number;
  node: { __typename: string; id?: string; narrative?: string } | null;
}

describe('security: a draft debrief is its author’s until submitted (issue 11, finding 17)', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;
  let objectiveId: string;
  /** CBP's planner's debrief, still a draft. */
  let draft: { id: string; version: number };
  /** NCSHP's officer's debrief, submitted. */
  let submitted: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    ({ planId, objectiveId } = await activePlan(t, force));
    draft = await saveDebrief(t, planId, objectiveId, force.tokens.cbpPlanner, 'Draft: the CBP team left the ramp early');
    draft = await saveDebrief(t, planId, objectiveId, force.tokens.cbpPlanner, 'Draft, second take: CBP left early', draft.version);
    submitted = await submitDebrief(t, await saveDebrief(t, planId, objectiveId, force.tokens.ncshpOfficer, 'Submitted: smooth checkpoint'), force.tokens.ncshpOfficer);
  });
  afterAll(() => t.close());

  const debriefsFor = async (token: string) => (await gqlData(t, DEBRIEFS, { id: planId }, token)).plan.debriefs as Array<{ id: string; status: string }>;
  const eventsFor = async (token: string) => (await gqlData(t, EVENTS, { id: planId }, token)).plan.events as LoggedEvent[];
  const draftEvents = (events: LoggedEvent[]) => events.filter((event) => event.entityId === draft.id);

  it('lists a draft for its author and oversight only; every member sees the submitted debriefs', async () => {
    for (const who of ['cbpPlanner', 'oversight'] as const) {
      expect([who, (await debriefsFor(force.tokens[who])).map((d) => d.id).sort()]).toEqual([who, [draft.id, submitted.id].sort()]);
    }
    for (const who of ['cbpLead', 'ncshpLead', 'ncshpPlanner', 'ncshpOfficer'] as const) {
      expect([who, (await debriefsFor(force.tokens[who])).map((d) => d.id)]).toEqual([who, [submitted.id]]);
    }
  });

  it("keeps the draft's events in plan.events with their seq and hash, but withholds their node from everyone else", async () => {
    const author = await eventsFor(force.tokens.cbpPlanner);
    const oversight = await eventsFor(force.tokens.oversight);
    expect(draftEvents(author).map((event) => [event.type, event.node?.narrative])).toEqual([
      ['DEBRIEF_SAVED', 'Draft: the CBP team left the ramp early'],
      ['DEBRIEF_SAVED', 'Draft, second take: CBP left early'],
    ]);
    expect(draftEvents(oversight).map((event) => event.node?.__typename)).toEqual(['Debrief', 'Debrief']);

    for (const who of ['cbpLead', 'ncshpLead', 'ncshpOfficer'] as const) {
      const events = await eventsFor(force.tokens[who]);
      // The same log, seq for seq and hash for hash: only the draft's content is missing.
      expect(events.map(({ seq, hash, prevHash, type, entityId }) => ({ seq, hash, prevHash, type, entityId }))).toEqual(
        author.map(({ seq, hash, prevHash, type, entityId }) => ({ seq, hash, prevHash, type, entityId })),
      );
      expect([who, draftEvents(events).map((event) => event.node)]).toEqual([who, [null, null]]);
      expect(JSON.stringify(events)).not.toContain('CBP left');
      // The submitted debrief's events are everyone's.
      const submittedNode = events.find((event) => event.entityId === submitted.id && event.type === 'DEBRIEF_SUBMITTED')?.node;
      expect(submittedNode).toMatchObject({ __typename: 'Debrief', narrative: 'Submitted: smooth checkpoint' });
    }
    const verification = await gqlData(t, `query($p: ID!) { verifyPlanLog(planId: $p) { ok checked } }`, { p: planId }, force.tokens.ncshpLead);
    expect(verification.verifyPlanLog).toEqual({ ok: true, checked: author.length });
  });

  it('withholds the node in the planEvents replay and in live events, for everyone but the author and oversight', async () => {
    const lead = record(t.wsClient(force.tokens.ncshpLead), SUBSCRIBE, { p: planId, after: 0 }, (data) => data.planEvents as LoggedEvent);
    const author = record(t.wsClient(force.tokens.cbpPlanner), SUBSCRIBE, { p: planId, after: 0 }, (data) => data.planEvents as LoggedEvent);
    const oversight = record(t.wsClient(force.tokens.oversight), SUBSCRIBE, { p: planId, after: 0 }, (data) => data.planEvents as LoggedEvent);
    try {
      const lastSeq = (await gqlData(t, EVENTS, { id: planId }, force.tokens.ncshpLead)).plan.lastSeq as number;
      for (const stream of [lead, author, oversight]) await stream.until((values) => values.length === lastSeq);
      expect(draftEvents(lead.values).map((event) => event.node)).toEqual([null, null]);
      expect(draftEvents(author.values).every((event) => event.node?.__typename === 'Debrief')).toBe(true);

      draft = await saveDebrief(t, planId, objectiveId, force.tokens.cbpPlanner, 'Draft, third take: live', draft.version);
      for (const stream of [lead, author, oversight]) await stream.until((values) => values.length === lastSeq + 1);
      expect(lead.values.at(-1)).toMatchObject({ type: 'DEBRIEF_SAVED', entityId: draft.id, node: null });
      expect(author.values.at(-1)?.node).toMatchObject({ __typename: 'Debrief', narrative: 'Draft, third take: live' });
      expect(oversight.values.at(-1)?.node).toMatchObject({ __typename: 'Debrief', narrative: 'Draft, third take: live' });
      expect(lead.errors).toEqual([]);
    } finally {
      for (const stream of [lead, author, oversight]) stream.stop();
    }
  });

  it('leaves the draft out of planDiff for everyone else', async () => {
    const diff = async (token: string) => (await gqlData(t, `query($p: ID!) { planDiff(planId: $p, fromRevision: 0) { entityType entityId before after } }`, { p: planId }, token)).planDiff;
    const forLead = await diff(force.tokens.ncshpLead);
    expect(forLead.filter((change: { entityId: string }) => change.entityId === draft.id)).toEqual([]);
    expect(JSON.stringify(forLead)).not.toContain('CBP left');
  });

  it('shows the debrief to every member once submitted; the drafts before it stay withheld', async () => {
    const done = await submitDebrief(t, draft, force.tokens.cbpPlanner);
    expect(done.status).toBe('SUBMITTED');
    expect((await debriefsFor(force.tokens.ncshpLead)).map((d) => d.id).sort()).toEqual([draft.id, submitted.id].sort());
    const events = draftEvents(await eventsFor(force.tokens.ncshpLead));
    expect(events.map((event) => [event.type, event.node?.narrative ?? null])).toEqual([
      ['DEBRIEF_SAVED', null],
      ['DEBRIEF_SAVED', null],
      ['DEBRIEF_SAVED', null],
      ['DEBRIEF_SUBMITTED', 'Draft, third take: live'],
    ]);
  });
});
