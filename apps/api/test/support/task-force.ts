import type { Role } from '@jointops/domain';
import type { TestApp } from './test-app';

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
