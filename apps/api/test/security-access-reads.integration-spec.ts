import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { NOT_PLAN_CONTENT, PLAN_CONTENT_TYPES } from '../src/modules/plans/plan-content-types';
import { accessRecordedBy, accessRows, activePlan, closeOperation, saveDebrief, submitDebrief, type AccessRow } from './support/operation';
import { createPlan, gqlData, seedTaskForce, type PersonKey, type TaskForce } from './support/task-force';
import { record, startTestApp, type TestApp } from './support/test-app';
import { LiveBus } from '../src/core/events/live-bus';
import { LiveStats } from '../src/core/events/live-stats';
import { NotificationWriter } from '../src/modules/notifications/notification-writer';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../src/modules/plans/access-log.service';

/** The object types a field of this type can hold (lists, non-null, unions and interfaces unwrapped). */
function objectTypesOf(schema: GraphQLSchema, type: Parameters<typeof getNamedType>[0]): GraphQLObjectType[] {
  const named = getNamedType(type);
  if (isObjectType(named)) return [named];
  if (isUnionType(named)) return [...named.getTypes()];
  if (isInterfaceType(named)) return [...schema.getPossibleTypes(named)];
  return [];
}

/**
 * Walks from a type through every field, stopping at plan content. Returns the types met on the
 * way that are not plan content, and whether plan content was reached at all.
 */
function walk(schema: GraphQLSchema, start: GraphQLObjectType[]): { outside: Set<string>; reachesContent: boolean } {
  const outside = new Set<string>();
  let reachesContent = false;
  const queue = [...start];
  while (queue.length) {
    const type = queue.shift()!;
    if (PLAN_CONTENT_TYPES[type.name]) {
      reachesContent = true;
      continue;
    }
    if (outside.has(type.name)) continue;
    outside.add(type.name);
    for (const field of Object.values(type.getFields())) queue.push(...objectTypesOf(schema, field.type));
  }
  return { outside, reachesContent };
}

const readRoots = (schema: GraphQLSchema) => [schema.getQueryType(), schema.getSubscriptionType()].filter((root): root is GraphQLObjectType => !!root);

describe('security: every read of plan content is access-logged (issue 11, finding 3)', () => {
  let t: TestApp;
  let force: TaskForce;
  let schema: GraphQLSchema;
  /** A CLOSED operation with debriefs, an after-action report, a corrective action and lessons. */
  let closedPlanId: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
    const { planId, objectiveId } = await activePlan(t, force);
    await gqlData(t, `mutation($p: ID!) { logActivity(planId: $p, text: "Briefing held") { id } }`, { p: planId }, force.tokens.ncshpOfficer);
    await submitDebrief(t, await saveDebrief(t, planId, objectiveId, force.tokens.ncshpOfficer, 'Checkpoint ran smoothly'), force.tokens.ncshpOfficer);
    await closeOperation(t, force, planId);
    closedPlanId = planId;
  });
  afterAll(() => t.close());

  const mine = (rows: AccessRow[], userId: string) => rows.filter((row) => row.user_id === userId);

  describe('the registry of plan content', () => {
    it('classifies every object type a query or subscription can reach: plan content, reached only through it, or listed as not plan content', () => {
      const { outside } = walk(
        schema,
        readRoots(schema).flatMap((root) => [root, ...Object.values(root.getFields()).flatMap((field) => objectTypesOf(schema, field.type))]),
      );
      const unclassified = [...outside].filter((name) => !NOT_PLAN_CONTENT.includes(name));
      expect(unclassified).toEqual([]);
      expect(NOT_PLAN_CONTENT.filter((name) => PLAN_CONTENT_TYPES[name])).toEqual([]);
    });

    it('lists every object type that carries a planId, and only types of the schema', () => {
      const withPlanId = Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .filter((type) => !type.name.startsWith('__') && 'planId' in type.getFields())
        .map((type) => type.name);
      expect(withPlanId.filter((name) => !PLAN_CONTENT_TYPES[name])).toEqual([]);
      expect(Object.keys(PLAN_CONTENT_TYPES).filter((name) => !isObjectType(schema.getType(name)))).toEqual([]);
    });
  });

  describe('each query and subscription field that returns plan content', () => {
    const firstValue = async (query: string, variables: Record<string, unknown>, token: string) => {
      const recorder = record(t.wsClient(token), query, variables, (data) => data);
      try {
        await recorder.until((values) => values.length > 0);
        expect(recorder.errors).toEqual([]);
      } finally {
        recorder.stop();
      }
    };
    /** One case per root field; the schema decides which root fields must have one. */
    const CASES: Record<string, (planId: string, token: string) => Promise<unknown>> = {
      plans: (_planId, token) => gqlData(t, `{ plans(first: 100) { edges { node { title objectives { title } } } } }`, {}, token),
      plan: (planId, token) =>
        gqlData(
          t,
          `query($id: ID!) {
             a: plan(id: $id) { title objectives { title } checklist { text } timeline { title } roles { title } resources { kind } comms { name }
               approvals { status } activityLog { text } debriefs { narrative outcomes { outcome objective { title } } }
               afterActionReport { summary strengths correctiveActions { title } objectiveResults { met objective { title } } }
               events(limit: 200) { seq node { __typename ... on Objective { title } ... on Debrief { narrative } } } }
             b: plan(id: $id) { __typename }
           }`,
          { id: planId },
          token,
        ),
      planDiff: (planId, token) => gqlData(t, `query($p: ID!) { planDiff(planId: $p, fromRevision: 0) { kind before after } }`, { p: planId }, token),
      correctiveActions: (_planId, token) => gqlData(t, `{ correctiveActions { title status } }`, {}, token),
      lessons: (_planId, token) => gqlData(t, `{ lessons(search: "interpreters") { kind text } }`, {}, token),
      myWork: async (planId, token) => {
        // The closed operation's corrective action (owned by CBP) falls due tomorrow: it is on CBP's My work.
        await t.db.query(`UPDATE corrective_actions SET due_date = now() + interval '1 day' WHERE plan_id = $1`, [planId]);
        return gqlData(t, `{ myWork { correctiveActions { overdue action { title } plan { title } } } }`, {}, token);
      },
      // Read by CBP's agency lead (READERS): planners do not read the effectiveness report.
      effectiveness: (_planId, token) => gqlData(t, `{ effectiveness(from: "2027-01-01T00:00:00Z", to: "2027-12-31T00:00:00Z") { operations plans { title } operationFigures { incidents plan { title } } } }`, {}, token),
      presence: (planId, token) => gqlData(t, `query($p: ID!) { presence(planId: $p) { focus } }`, { p: planId }, token),
      planEvents: (planId, token) => firstValue(`subscription($p: ID!) { planEvents(planId: $p, afterSeq: 0) { seq node { __typename } } }`, { p: planId }, token),
      planPresence: (planId, token) => firstValue(`subscription($p: ID!) { planPresence(planId: $p) { focus } }`, { p: planId }, token),
      // CBP's planner was told the operation started and ended: each notification quotes the plan.
      notifications: (_planId, token) => gqlData(t, `{ notifications { nodes { text plan { title } } } }`, {}, token),
      notificationAdded: async (planId, token) => {
        const recorder = record(t.wsClient(token), `subscription { notificationAdded { text plan { title } } }`, {}, (data) => data);
        try {
          const stats = t.app.get(LiveStats);
          for (let i = 0; i < 500 && stats.notificationStreams < 1; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
          const messages = await t.app.get(DataSource).transaction((manager) =>
            t.app.get(NotificationWriter).write(manager, [{ kind: 'PLAN_APPROVED', userIds: [force.users.cbpPlanner], subject: { planId, planTitle: 'Closed plan' } }]),
          );
          messages.forEach((message) => t.app.get(LiveBus).publish(message));
          await recorder.until((values) => values.length > 0);
          expect(recorder.errors).toEqual([]);
        } finally {
          recorder.stop();
        }
      },
    };

    /** Root fields only OVERSIGHT may call: read as oversight. A complaint's operation is a Plan. */
    const linkedComplaint = async (planId: string) => {
      await t.db.query(
        `INSERT INTO complaints (tracking_hash, category, occurred_at, location, description, plan_id) VALUES (sha256(random()::text::bytea), 'DISCOURTESY', now(), 'Exit 12', 'Rude.', $1)`,
        [planId],
      );
      const [{ id }] = await t.db.query(`SELECT id FROM complaints WHERE plan_id = $1 LIMIT 1`, [planId]);
      return id as string;
    };
    const OVERSIGHT_CASES: Record<string, (planId: string, token: string) => Promise<unknown>> = {
      complaints: async (planId, token) => {
        await linkedComplaint(planId);
        return gqlData(t, `query($p: ID!) { complaints(planId: $p) { description plan { title } } }`, { p: planId }, token);
      },
      complaint: async (planId, token) => gqlData(t, `query($id: ID!) { complaint(id: $id) { description plan { title } } }`, { id: await linkedComplaint(planId) }, token),
    };

    it('has a case here for every root field the schema lets reach plan content', () => {
      const contentRoots = readRoots(schema).flatMap((root) =>
        Object.values(root.getFields())
          .filter((field) => walk(schema, objectTypesOf(schema, field.type)).reachesContent)
          .map((field) => field.name),
      );
      expect(contentRoots.sort()).toEqual([...Object.keys(CASES), ...Object.keys(OVERSIGHT_CASES)].sort());
    });

    it.each(Object.keys(OVERSIGHT_CASES))('%s (oversight only): one VIEW record for the reader, the plan and the field', async (field) => {
      const rows = await accessRecordedBy(t, closedPlanId, () => OVERSIGHT_CASES[field](closedPlanId, force.tokens.oversight));
      expect(mine(rows, force.users.oversight).map(({ action, kind, count }) => ({ action, kind, count }))).toEqual([{ action: 'VIEW', kind: field, count: 1 }]);
    });

    /** Who reads the plan through each field: CBP's planner, unless the field is not a planner's to read. */
    const READERS: Partial<Record<string, PersonKey>> = { effectiveness: 'cbpLead' };

    it.each(Object.keys(CASES))('%s: one VIEW record for the reader, the plan and the field, however much of the plan it returned', async (field) => {
      const reader = READERS[field] ?? 'cbpPlanner';
      const rows = await accessRecordedBy(t, closedPlanId, () => CASES[field](closedPlanId, force.tokens[reader]));
      expect(mine(rows, force.users[reader]).map(({ action, kind, count }) => ({ action, kind, count }))).toEqual([{ action: 'VIEW', kind: field, count: 1 }]);
      expect(mine(rows, force.users[reader])[0].request_id).toEqual(expect.any(String));
    });
  });

  it('makes one record per plan and field within a request, and a new one for the next request', async () => {
    const query = `query($id: ID!) { plans { edges { node { id title } } } one: plan(id: $id) { title } two: plan(id: $id) { objectives { title } } }`;
    const rows = await accessRecordedBy(t, closedPlanId, async () => {
      await gqlData(t, query, { id: closedPlanId }, force.tokens.oversight);
      await gqlData(t, query, { id: closedPlanId }, force.tokens.oversight);
    });
    const kinds = mine(rows, force.users.oversight).map((row) => `${row.kind}@${row.request_id}`);
    expect(kinds).toHaveLength(4);
    expect(new Set(kinds).size).toBe(4);
    expect(mine(rows, force.users.oversight).map((row) => row.kind).sort()).toEqual(['plan', 'plan', 'plans', 'plans']);
  });

  it('does not count the result of a mutation as a read', async () => {
    let planId = '';
    const rows = await accessRecordedBy(t, closedPlanId, async () => {
      planId = (await createPlan(t, force, { title: 'Written, not read' })).id;
      await gqlData(
        t,
        `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Hold the ramp" }) { id title } }`,
        { p: planId },
        force.tokens.ncshpPlanner,
      );
      await gqlData(
        t,
        `mutation($p: ID!) { updatePlan(id: $p, expectedVersion: 1, patch: { summary: "Changed" }) { title objectives { title } events { seq node { __typename } } } }`,
        { p: planId },
        force.tokens.ncshpPlanner,
      );
    });
    expect(rows).toEqual([]);
    expect(await accessRows(t, planId)).toEqual([]);
  });

  it('records a planEvents subscription once when it starts: a replay of 69 events and the live events after it make one record', async () => {
    const plan = await createPlan(t, force, { title: 'Long log' });
    for (let i = 0; i < 68; i++) {
      await gqlData(t, `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`, { p: plan.id, t: `Objective ${i}` }, force.tokens.ncshpPlanner);
    }
    const rows = await accessRecordedBy(t, plan.id, async () => {
      const events = record(
        t.wsClient(force.tokens.cbpPlanner),
        `subscription($p: ID!) { planEvents(planId: $p, afterSeq: 0) { seq node { __typename ... on Objective { title } } } }`,
        { p: plan.id },
        (data) => data.planEvents,
      );
      await events.until((values) => values.length === 69);
      await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Live" }) { id } }`, { p: plan.id }, force.tokens.ncshpPlanner);
      await events.until((values) => values.length === 70);
      events.stop();
    });
    expect(rows.map(({ user_id, action, kind }) => ({ user_id, action, kind }))).toEqual([{ user_id: force.users.cbpPlanner, action: 'VIEW', kind: 'planEvents' }]);
  });

  it('records a live-only subscription when it starts, before any event arrives', async () => {
    const plan = await createPlan(t, force, { title: 'Quiet plan' });
    const events = record(t.wsClient(force.tokens.cbpPlanner), `subscription($p: ID!) { planEvents(planId: $p) { seq } }`, { p: plan.id }, (data) => data.planEvents);
    try {
      const started = Date.now();
      let rows: AccessRow[] = [];
      while (rows.length === 0 && Date.now() - started < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        rows = await accessRows(t, plan.id);
      }
      expect(rows.map(({ user_id, action, kind }) => ({ user_id, action, kind }))).toEqual([{ user_id: force.users.cbpPlanner, action: 'VIEW', kind: 'planEvents' }]);
      expect(events.values).toEqual([]);
    } finally {
      events.stop();
    }
  });

  it('records a refused subscription of a plan that exists as DENIED, over WebSocket as over HTTP: planEvents (replay or live) and planPresence', async () => {
    const plan = await createPlan(t, force, { title: 'Watched from outside' });
    const missing = '00000000-0000-4000-8000-000000000000';
    const subscriptions = [
      `subscription($p: ID!) { planEvents(planId: $p, afterSeq: 0) { seq } }`,
      `subscription($p: ID!) { planEvents(planId: $p) { seq } }`,
      `subscription($p: ID!) { planPresence(planId: $p) { focus } }`,
    ];
    const refuse = async (query: string, planId: string) => {
      const refused = record(t.wsClient(force.tokens.wcsoPlanner), query, { p: planId }, (data) => data);
      await refused.until(() => refused.completed);
      expect((refused.errors[0] as { extensions: { code: string } }).extensions.code).toBe('NOT_FOUND');
      expect(refused.values).toEqual([]);
    };
    const rows = await accessRecordedBy(t, plan.id, async () => {
      for (const query of subscriptions) await refuse(query, plan.id);
    });
    // One refusal record (repeats of one user, plan and kind fold into it), counting all three.
    expect(rows.map(({ user_id, action, kind, count }) => ({ user_id, action, kind, count }))).toEqual([{ user_id: force.users.wcsoPlanner, action: 'DENIED', kind: 'view', count: 3 }]);
    // A plan that does not exist has no log to write to, and the refusal reads the same.
    const [{ total }] = await t.db.query(`SELECT count(*)::int AS total FROM access_log`);
    for (const query of subscriptions) await refuse(query, missing);
    await t.app.get(AccessLogService).flush();
    expect((await t.db.query(`SELECT count(*)::int AS total FROM access_log`))[0].total).toBe(total);
  });

  it('records nothing for a plan the caller may not see (only the refusal), and nothing for one that does not exist', async () => {
    const rows = await accessRecordedBy(t, closedPlanId, async () => {
      expect((await gqlData(t, `query($id: ID!) { plan(id: $id) { title } }`, { id: closedPlanId }, force.tokens.wcsoPlanner)).plan).toBeNull();
      expect((await t.gql(`query($p: ID!) { presence(planId: $p) { focus } }`, { p: closedPlanId }, force.tokens.wcsoPlanner)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
    expect(rows.map(({ user_id, action }) => ({ user_id, action }))).toEqual([{ user_id: force.users.wcsoPlanner, action: 'DENIED' }]);
  });
});
