import type { Role } from '@jointops/domain';
import { randomUUID } from 'node:crypto';
import type { GqlResponse, TestApp } from './test-app';

export interface TaskForce {
  agencies: { ncshp: string; cbp: string; wcso: string; oversight: string };
  users: Record<PersonKey, string>;
  tokens: Record<PersonKey, string>;
}

type PersonKey =
  | 'ncshpPlanner'
  | 'ncshpLead'
  | 'ncshpOfficer'
  | 'ncshpAdmin'
  | 'cbpPlanner'
  | 'cbpLead'
  | 'wcsoPlanner'
  | 'oversight';

const PEOPLE: Array<[PersonKey, string, keyof TaskForce['agencies'], Role[]]> = [
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
  return { agencies, users, tokens };
}

export const PLAN_FIELDS = `id title summary status version revision lastSeq contentHash startsAt endsAt
  leadAgency { id shortName } agencies { id shortName } createdBy { id }
  readiness { ready blockers { code message entityId } }`;

/** Creates a plan led by NCSHP with CBP taking part, through the API. */
export async function createPlan(t: TestApp, force: TaskForce, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result = await t.gql(
    `mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN_FIELDS} } }`,
    {
      input: {
        title: 'Operation Safe Corridor',
        summary: 'Joint traffic enforcement on I-40.',
        agencyIds: [force.agencies.cbp],
        startsAt: '2027-03-01T06:00:00Z',
        endsAt: '2027-03-01T18:00:00Z',
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
export async function planFootprint(t: TestApp, planId: string): Promise<Record<string, unknown>> {
  const tables = ['objectives', 'role_assignments', 'checklist_items', 'timeline_events', 'resource_commitments', 'comms_channels', 'plan_events', 'plan_agencies'];
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
