import { taskForceDayStart, OperationType, type Role } from '@jointops/domain';
import { randomUUID } from 'node:crypto';
import { whilePlanning } from './clock';
import type { GqlResponse, TestApp } from './test-app';

export interface TaskForce {
  agencies: { ncshp: string; cbp: string; wcso: string; oversight: string };
  users: Record<PersonKey, string>;
  tokens: Record<PersonKey, string>;
}

export type PersonKey =
  | 'ncshpPlanner'
  | 'ncshpLead'
  | 'ncshpOfficer'
  | 'ncshpAdmin'
  | 'cbpPlanner'
  | 'cbpLead'
  | 'wcsoPlanner'
  | 'oversight';

export const PEOPLE: Array<[PersonKey, string, keyof TaskForce['agencies'], Role[]]> = [
  ['ncshpPlanner', 'planner@ncshp.example', 'ncshp', ['PLANNER']],
  ['ncshpLead', 'lead@ncshp.example', 'ncshp', ['AGENCY_LEAD']],
  ['ncshpOfficer', 'officer@ncshp.example', 'ncshp', ['OFFICER']],
  ['ncshpAdmin', 'admin@ncshp.example', 'ncshp', ['ADMIN']],
  ['cbpPlanner', 'planner@cbp.example', 'cbp', ['PLANNER']],
  ['cbpLead', 'lead@cbp.example', 'cbp', ['AGENCY_LEAD']],
  ['wcsoPlanner', 'planner@wcso.example', 'wcso', ['PLANNER']],
  ['oversight', 'ig@oversight.example', 'oversight', ['OVERSIGHT']],
];

/** Three agencies and an oversight office, one person per role that the access rules care about. */
export async function seedTaskForce(t: TestApp): Promise<TaskForce> {
  const agencies = {
    ncshp: await t.createAgency('NCSHP', 'STATE'),
    cbp: await t.createAgency('CBP', 'FEDERAL'),
    wcso: await t.createAgency('WCSO', 'LOCAL'),
    oversight: await t.createAgency('OLEO', 'STATE'),
  };
  const users = {} as Record<PersonKey, string>;
  const tokens = {} as Record<PersonKey, string>;
  for (const [key, email, agency, roles] of PEOPLE) {
    users[key] = await t.createUser(email, agencies[agency], roles);
    tokens[key] = await t.login(email);
  }
  // The three agencies work under one open-ended task-force agreement that allows every type of
  // operation, so readiness asks nothing of agreements unless a spec says otherwise.
  await recordAgreement(t, [agencies.ncshp, agencies.cbp, agencies.wcso], users.ncshpAdmin);
  return { agencies, users, tokens };
}

/**
 * An agreement written straight to the database (a fixture: the agreements API has its own specs),
 * in force from 1 January 2000 (its first instant where the task force works: task-force-days.ts) on
 * unless `terms` say otherwise, allowing every operation type.
 */
export async function recordAgreement(
  t: Pick<TestApp, 'db'>,
  agencyIds: readonly string[],
  createdById: string,
  terms: { scope?: string[]; effectiveFrom?: string; expiresOn?: string | null; terminatedAt?: string | null; title?: string } = {},
): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO agreements (title, kind, scope, data_sharing_terms, reporting_requirements, effective_from, expires_on, terminated_at, termination_reason, created_by_id)
     VALUES ($1, 'TASK_FORCE_AGREEMENT', $2, 'Case data shared through the task-force system only.', 'Quarterly to the board.', $3, $4, $5::timestamptz, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 'Ended by the parties.' END, $6)
     RETURNING id`,
    [terms.title ?? 'Task-force agreement', terms.scope ?? Object.values(OperationType), terms.effectiveFrom ?? taskForceDayStart('2000-01-01'), terms.expiresOn ?? null, terms.terminatedAt ?? null, createdById],
  );
  await t.db.query(`INSERT INTO agreement_agencies (agreement_id, agency_id) SELECT $1, unnest($2::uuid[])`, [row.id, [...agencyIds]]);
  return row.id;
}

export const PLAN_FIELDS = `id title summary status version revision lastSeq contentHash startsAt endsAt
  leadAgency { id shortName } agencies { id shortName } createdBy { id }
  readiness { ready blockers { code message entityId } }`;

/** The window of a plan made by createPlan unless the input says otherwise. */
export const DEFAULT_WINDOW = { startsAt: '2027-03-01T06:00:00Z', endsAt: '2027-03-01T18:00:00Z' } as const;

/** Creates a plan led by NCSHP with CBP taking part, through the API. */
export async function createPlan(t: TestApp, force: TaskForce, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result = await t.gql(
    `mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN_FIELDS} } }`,
    {
      input: {
        title: 'Operation Safe Corridor',
        summary: 'Joint traffic enforcement on I-40.',
        agencyIds: [force.agencies.cbp],
        operationType: 'CHECKPOINT',
        ...DEFAULT_WINDOW,
        ...input,
      },
    },
    force.tokens.ncshpPlanner,
  );
  if (!result.data?.createPlan) throw new Error(`createPlan failed: ${JSON.stringify(result.errors)}`);
  return result.data.createPlan;
}

// ─────────────────────────── helpers for the specs of a plan's parts ───────────────────────────

/** A well-formed id that names nothing. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** Runs an operation that must succeed and returns its data; throws with the errors otherwise. */
export async function gqlData<T = Record<string, any>>(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await t.gql<T>(query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL operation failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The first error of a response that must have failed (and returned no data for the field). */
export function errorOf(result: GqlResponse): { message: string; extensions?: Record<string, any>; path?: string[] } {
  if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0];
}

/**
 * Selections of each part, shared by the specs and by NODE_FIELDS so that an event's node can be
 * compared with the entity a mutation returned. `agency` is nullable on TimelineEvent and
 * CommsChannel but not on RoleAssignment and ResourceCommitment, so the nullable one is aliased
 * `agencyRef` (GraphQL refuses one response name with two types in a union selection).
 */
export const PART_FIELDS = {
  Objective: `id version position title description successCriteria priority`,
  RoleAssignment: `id version title responsibilities agency { id } assignee { id } objectives { id }`,
  ChecklistItem: `id version category text required citation status note reviewedBy { id } reviewedAt`,
  TimelineEvent: `id version title phase startsAt endsAt notes agencyRef: agency { id } dependsOn { id }`,
  ResourceCommitment: `id version kind quantity notes agency { id }`,
  CommsChannel: `id version name details purpose agencyRef: agency { id }`,
  // Aliased: ResourceCommitment.kind is a String, and one selection cannot ask both as `kind`.
  Place: `id version name placeKind: kind coordinates address notes`,
} as const;

/** Every part type as the event log's `node` shows it. */
export const NODE_FIELDS = `__typename ${Object.entries(PART_FIELDS)
  .map(([type, fields]) => `... on ${type} { ${fields} }`)
  .join(' ')}`;

export interface PlanHead {
  revision: number;
  lastSeq: number;
  contentHash: string;
}

export interface LoggedEvent {
  seq: number;
  type: string;
  entityType: string;
  entityId: string;
  revision: number;
  node: Record<string, any> | null;
}

/** Revision, last seq and content hash of a plan, read through the API. */
export async function planHead(t: TestApp, planId: string, token: string): Promise<PlanHead> {
  const data = await gqlData(t, `query($id: ID!) { plan(id: $id) { revision lastSeq contentHash } }`, { id: planId }, token);
  return data.plan;
}

/** The plan's head now and the events logged since `since`. */
export async function changesSince(t: TestApp, planId: string, since: PlanHead, token: string): Promise<{ head: PlanHead; events: LoggedEvent[] }> {
  const data = await gqlData(
    t,
    `query($id: ID!, $after: Int!) { plan(id: $id) { revision lastSeq contentHash events(afterSeq: $after, limit: 1000) { seq type entityType entityId revision node { ${NODE_FIELDS} } } } }`,
    { id: planId, after: since.lastSeq },
    token,
  );
  const { events, ...head } = data.plan;
  return { head, events };
}

/**
 * Everything a plan holds, straight from the database: revision, last seq, and per part table the
 * row count and a digest of every row. Equal before and after means nothing was written.
 */
export async function planFootprint(t: Pick<TestApp, 'db'>, planId: string): Promise<Record<string, unknown>> {
  const tables = ['objectives', 'role_assignments', 'checklist_items', 'timeline_events', 'resource_commitments', 'comms_channels', 'places', 'plan_events', 'plan_agencies'];
  const [plan] = await t.db.query(`SELECT revision, last_seq, version, md5(p::text) AS digest FROM plans p WHERE id = $1`, [planId]);
  const footprint: Record<string, unknown> = { plan };
  for (const table of tables) {
    const [row] = await t.db.query(`SELECT count(*)::int AS count, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM ${table} x WHERE plan_id = $1`, [planId]);
    footprint[table] = row;
  }
  return footprint;
}

/** Id of the seeded "Joint task-force operation — North Carolina baseline" template. */
export async function ncBaselineTemplateId(t: TestApp, token: string): Promise<string> {
  const data = await gqlData(t, `{ checklistTemplates { id name items { required } } }`, {}, token);
  const template = data.checklistTemplates.find((candidate: { items: unknown[] }) => candidate.items.length === 16) ?? data.checklistTemplates[0];
  return template.id;
}

/** n distinct random UUIDs (v4 shape). */
export function randomIds(n: number): string[] {
  return Array.from({ length: n }, () => randomUUID());
}

// ─────────────────────────── helpers for the review and audit specs ───────────────────────────

/**
 * A plan led by NCSHP (CBP taking part unless `input.agencyIds` says otherwise) with no readiness
 * blockers, built through the API: one objective with success criteria; per agency one role with
 * an assignee of that agency and one resource; one timeline event at the start of the window; one
 * comms channel; a command post (NO_COMMAND_POST); no checklist. NCSHP's planner made every change, so either agency lead may approve
 * it. A plan whose window has begun is built with the server's Clock before it (whilePlanning),
 * as it would have been, and submitPlan and approveAs do the same for it.
 */
export async function readyPlan(t: TestApp, force: TaskForce, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const startsAt = 'startsAt' in input ? (input.startsAt as string | null) : DEFAULT_WINDOW.startsAt;
  return whilePlanning(t, startsAt, () => buildReadyPlan(t, force, input));
}

async function buildReadyPlan(t: TestApp, force: TaskForce, input: Record<string, unknown>): Promise<Record<string, any>> {
  const plan = await createPlan(t, force, input);
  const token = force.tokens.ncshpPlanner;
  const p = plan.id;
  await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Keep the corridor open", successCriteria: "No lane closed over 30 minutes" }) { id } }`, { p }, token);
  for (const agency of plan.agencies as Array<{ id: string; shortName: string }>) {
    const assignee = await someoneOf(t, agency.id);
    await gqlData(t, `mutation($p: ID!, $a: ID!, $u: ID!, $title: String!) { addRole(planId: $p, input: { agencyId: $a, assigneeId: $u, title: $title }) { id } }`, { p, a: agency.id, u: assignee, title: `${agency.shortName} liaison` }, token);
    await gqlData(t, `mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Officers", quantity: 2 }) { id } }`, { p, a: agency.id }, token);
  }
  if (plan.startsAt && plan.endsAt) {
    const start = Date.parse(plan.startsAt);
    const end = new Date(Math.min(start + 3_600_000, Date.parse(plan.endsAt))).toISOString();
    await gqlData(t, `mutation($p: ID!, $s: DateTime!, $e: DateTime!) { addTimelineEvent(planId: $p, input: { title: "Briefing", phase: BRIEFING, startsAt: $s, endsAt: $e }) { id } }`, { p, s: plan.startsAt, e: end }, token);
  }
  await gqlData(t, `mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Command net", details: "TG 4400" }) { id } }`, { p }, token);
  await addCommandPost(t, p, token);
  const data = await gqlData(t, `query($id: ID!) { plan(id: $id) { ${PLAN_FIELDS} } }`, { id: p }, token);
  if (!data.plan.readiness.ready) throw new Error(`readyPlan left blockers: ${JSON.stringify(data.plan.readiness.blockers)}`);
  return data.plan;
}

/** The command post every operation type but a training exercise needs (NO_COMMAND_POST), at the I-40 weigh station near Benson, NC. */
export async function addCommandPost(t: TestApp, planId: string, token: string): Promise<string> {
  const data = await gqlData(t, `mutation($p: ID!) { addPlace(planId: $p, input: { name: "Command post", kind: COMMAND_POST, coordinates: [[-78.5486, 35.3821]], address: "I-40 weigh station, Benson, NC" }) { id } }`, { p: planId }, token);
  return data.addPlace.id;
}

/** A user of the agency, to hold its role: the first one made, or a new officer when it has none. */
export async function someoneOf(t: TestApp, agencyId: string): Promise<string> {
  const [user] = await t.db.query(`SELECT id FROM users WHERE agency_id = $1 ORDER BY created_at, id LIMIT 1`, [agencyId]);
  return user ? (user.id as string) : t.createUser(`officer-${agencyId.slice(0, 8)}@task-force.example`, agencyId, ['OFFICER']);
}

/** Submits a plan for review (lead agency's planner) and returns its revision; throws on refusal. */
export async function submitPlan(t: TestApp, force: TaskForce, planId: string): Promise<number> {
  const token = force.tokens.ncshpPlanner;
  const data = await whilePlanning(t, await startOf(t, planId, token), () => gqlData(t, `mutation($p: ID!) { submitPlanForReview(planId: $p) { status revision } }`, { p: planId }, token));
  return data.submitPlanForReview.revision;
}

/** When the plan's window starts, as the API serves it. */
async function startOf(t: TestApp, planId: string, token: string): Promise<string | null> {
  return (await gqlData(t, `query($id: ID!) { plan(id: $id) { startsAt } }`, { id: planId }, token)).plan.startsAt;
}

/** Approves the plan's current revision as each of the given leads, in order; throws on refusal. */
export async function approveAs(t: TestApp, planId: string, tokens: string[]): Promise<void> {
  for (const token of tokens) {
    const head = await planHead(t, planId, token);
    await whilePlanning(t, await startOf(t, planId, token), () =>
      gqlData(t, `mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: APPROVE, comment: "Approved") { id } }`, { p: planId, r: head.revision }, token),
    );
  }
}

/** A ready plan taken through review to APPROVED by NCSHP's and CBP's leads. */
export async function approvedPlan(t: TestApp, force: TaskForce, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const plan = await readyPlan(t, force, input);
  await submitPlan(t, force, plan.id);
  await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
  return plan;
}

/** One of each part of a plan, as the mutations that change them need them. */
export interface PlanItems {
  planId: string;
  revision: number;
  planVersion: number;
  objective: { id: string; version: number };
  role: { id: string; version: number };
  checklistItem: { id: string; version: number };
  timelineEvent: { id: string; version: number };
  resource: { id: string; version: number };
  channel: { id: string; version: number };
  place: { id: string; version: number };
}

/**
 * Adds an optional checklist item, a timeline event inside the default window, a resource and a
 * comms channel (none of them a readiness blocker; readyPlan adds its own), as NCSHP's planner. Use it before readyPlan's
 * plan is submitted, or it is a content change like any other.
 */
export async function addOneOfEach(t: TestApp, force: TaskForce, planId: string): Promise<void> {
  const token = force.tokens.ncshpPlanner;
  const p = planId;
  await gqlData(t, `mutation($p: ID!) { addChecklistItem(planId: $p, input: { category: OTHER, text: "Brief the night shift", required: false }) { id } }`, { p }, token);
  await gqlData(t, `mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Joint briefing", phase: BRIEFING, startsAt: "2027-03-01T07:00:00Z", endsAt: "2027-03-01T08:00:00Z" }) { id } }`, { p }, token);
  await gqlData(t, `mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Vehicles", quantity: 4 }) { id } }`, { p, a: force.agencies.ncshp }, token);
  await gqlData(t, `mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Tactical 1", details: "TG 4410" }) { id } }`, { p }, token);
}

/** The first item of each part of a plan, with its current version. */
export async function planItems(t: TestApp, planId: string, token: string): Promise<PlanItems> {
  const { plan } = await gqlData(
    t,
    `query($id: ID!) { plan(id: $id) { id revision version objectives { id version } roles { id version } checklist { id version }
       timeline { id version } resources { id version } comms { id version } places { id version } } }`,
    { id: planId },
    token,
  );
  const first = (list: Array<{ id: string; version: number }>, what: string) => {
    if (!list[0]) throw new Error(`planItems: the plan has no ${what}`);
    return list[0];
  };
  return {
    planId,
    revision: plan.revision,
    planVersion: plan.version,
    objective: first(plan.objectives, 'objective'),
    role: first(plan.roles, 'role'),
    checklistItem: first(plan.checklist, 'checklist item'),
    timelineEvent: first(plan.timeline, 'timeline event'),
    resource: first(plan.resources, 'resource'),
    channel: first(plan.comms, 'comms channel'),
    place: first(plan.places, 'place'),
  };
}

export type MutationKind = 'content' | 'review' | 'lifecycle' | 'presence';

export interface MutationAttempt {
  /** The mutation field, as the schema names it. */
  name: string;
  kind: MutationKind;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Every plan-scoped mutation, with well-formed arguments aimed at `items` (a lead agency's
 * authorized caller would pass validation with them). `content` ones are the plan's
 * content edits; `agencyId` is an agency that does not take part yet (for addPlanAgency).
 */
export function planMutations(items: PlanItems, extra: { templateId: string; agencyId: string; removableAgencyId: string }): MutationAttempt[] {
  const p = items.planId;
  const item = (ref: { id: string; version: number }) => ({ id: ref.id, v: ref.version });
  return [
    { name: 'updatePlan', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updatePlan(id: $id, expectedVersion: $v, patch: { title: "Renamed" }) { id } }`, variables: { id: p, v: items.planVersion } },
    { name: 'addPlanAgency', kind: 'content', query: `mutation($p: ID!, $a: ID!) { addPlanAgency(planId: $p, agencyId: $a) { id } }`, variables: { p, a: extra.agencyId } },
    { name: 'removePlanAgency', kind: 'content', query: `mutation($p: ID!, $a: ID!) { removePlanAgency(planId: $p, agencyId: $a) { id } }`, variables: { p, a: extra.removableAgencyId } },
    { name: 'addObjective', kind: 'content', query: `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Extra", successCriteria: "Done" }) { id } }`, variables: { p } },
    { name: 'updateObjective', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Changed" }) { id } }`, variables: item(items.objective) },
    { name: 'removeObjective', kind: 'content', query: `mutation($id: ID!, $v: Int!) { removeObjective(id: $id, expectedVersion: $v) }`, variables: item(items.objective) },
    { name: 'addRole', kind: 'content', query: `mutation($p: ID!, $a: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Medical lead" }) { id } }`, variables: { p, a: extra.removableAgencyId } },
    { name: 'updateRole', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updateRole(id: $id, expectedVersion: $v, patch: { title: "Changed" }) { id } }`, variables: item(items.role) },
    { name: 'removeRole', kind: 'content', query: `mutation($id: ID!, $v: Int!) { removeRole(id: $id, expectedVersion: $v) }`, variables: item(items.role) },
    { name: 'applyChecklistTemplate', kind: 'content', query: `mutation($p: ID!, $tpl: ID!) { applyChecklistTemplate(planId: $p, templateId: $tpl) { id } }`, variables: { p, tpl: extra.templateId } },
    { name: 'addChecklistItem', kind: 'content', query: `mutation($p: ID!) { addChecklistItem(planId: $p, input: { category: OTHER, text: "Extra check", required: false }) { id } }`, variables: { p } },
    { name: 'updateChecklistItem', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updateChecklistItem(id: $id, expectedVersion: $v, patch: { text: "Changed" }) { id } }`, variables: item(items.checklistItem) },
    { name: 'resolveChecklistItem', kind: 'content', query: `mutation($id: ID!, $v: Int!) { resolveChecklistItem(id: $id, expectedVersion: $v, status: SATISFIED, note: "Done") { id } }`, variables: item(items.checklistItem) },
    {
      name: 'resolveChecklistItems',
      kind: 'content',
      query: `mutation($p: ID!, $id: ID!, $v: Int!) { resolveChecklistItems(planId: $p, items: [{ id: $id, expectedVersion: $v }], status: SATISFIED, note: "Done") { id } }`,
      variables: { p, ...item(items.checklistItem) },
    },
    { name: 'removeChecklistItem', kind: 'content', query: `mutation($id: ID!, $v: Int!) { removeChecklistItem(id: $id, expectedVersion: $v) }`, variables: item(items.checklistItem) },
    { name: 'addTimelineEvent', kind: 'content', query: `mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Debrief", phase: DEBRIEF, startsAt: "2027-03-01T16:00:00Z", endsAt: "2027-03-01T17:00:00Z" }) { id } }`, variables: { p } },
    { name: 'updateTimelineEvent', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updateTimelineEvent(id: $id, expectedVersion: $v, patch: { title: "Changed" }) { id } }`, variables: item(items.timelineEvent) },
    { name: 'removeTimelineEvent', kind: 'content', query: `mutation($id: ID!, $v: Int!) { removeTimelineEvent(id: $id, expectedVersion: $v) }`, variables: item(items.timelineEvent) },
    { name: 'addResource', kind: 'content', query: `mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Officers", quantity: 2 }) { id } }`, variables: { p, a: extra.removableAgencyId } },
    { name: 'updateResource', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updateResource(id: $id, expectedVersion: $v, patch: { quantity: 9 }) { id } }`, variables: item(items.resource) },
    { name: 'removeResource', kind: 'content', query: `mutation($id: ID!, $v: Int!) { removeResource(id: $id, expectedVersion: $v) }`, variables: item(items.resource) },
    { name: 'addCommsChannel', kind: 'content', query: `mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Command net", details: "TG 4411" }) { id } }`, variables: { p } },
    { name: 'updateCommsChannel', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updateCommsChannel(id: $id, expectedVersion: $v, patch: { details: "TG 4412" }) { id } }`, variables: item(items.channel) },
    { name: 'removeCommsChannel', kind: 'content', query: `mutation($id: ID!, $v: Int!) { removeCommsChannel(id: $id, expectedVersion: $v) }`, variables: item(items.channel) },
    { name: 'addPlace', kind: 'content', query: `mutation($p: ID!) { addPlace(planId: $p, input: { name: "Staging", kind: STAGING_AREA, coordinates: [[-78.6, 35.4]] }) { id } }`, variables: { p } },
    { name: 'updatePlace', kind: 'content', query: `mutation($id: ID!, $v: Int!) { updatePlace(id: $id, expectedVersion: $v, patch: { name: "Moved" }) { id } }`, variables: item(items.place) },
    { name: 'removePlace', kind: 'content', query: `mutation($id: ID!, $v: Int!) { removePlace(id: $id, expectedVersion: $v) }`, variables: item(items.place) },
    { name: 'submitPlanForReview', kind: 'review', query: `mutation($p: ID!) { submitPlanForReview(planId: $p) { id } }`, variables: { p } },
    { name: 'decideApproval', kind: 'review', query: `mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: APPROVE, comment: "ok") { id } }`, variables: { p, r: items.revision } },
    { name: 'activatePlan', kind: 'lifecycle', query: `mutation($p: ID!) { activatePlan(planId: $p) { id } }`, variables: { p } },
    { name: 'completePlan', kind: 'lifecycle', query: `mutation($p: ID!) { completePlan(planId: $p) { id } }`, variables: { p } },
    { name: 'cancelPlan', kind: 'lifecycle', query: `mutation($p: ID!) { cancelPlan(planId: $p, reason: "Called off") { id } }`, variables: { p } },
    { name: 'updatePresence', kind: 'presence', query: `mutation($p: ID!) { updatePresence(planId: $p, focus: "plan") }`, variables: { p } },
  ];
}

/**
 * The whole database, table by table: row count and a digest of every row. Tables in `except`
 * (those that log the request itself: sessions, security events, the access log ...) are left out.
 */
export async function databaseFootprint(t: TestApp, except: readonly string[]): Promise<Record<string, { count: number; digest: string }>> {
  const tables: Array<{ table_name: string }> = await t.db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const footprint: Record<string, { count: number; digest: string }> = {};
  for (const { table_name: table } of tables) {
    if (except.includes(table)) continue;
    const [row] = await t.db.query(`SELECT count(*)::int AS count, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM "${table}" x`);
    footprint[table] = row;
  }
  return footprint;
}

/** Adds WCSO's agency lead (the task force has none: WCSO takes part through its planner) and signs them in. */
export async function signInWcsoLead(t: TestApp, force: TaskForce): Promise<string> {
  await t.createUser('lead@wcso.example', force.agencies.wcso, ['AGENCY_LEAD']);
  return t.login('lead@wcso.example');
}
