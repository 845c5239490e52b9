import { createPlan, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Security test, issue 11, finding 16: any signed-in user could list every account with its
 * email. ADMIN and OVERSIGHT list all; others list the active users of the agencies of plans they
 * can see (to pick role assignees), an AGENCY_LEAD also their own agency; emails of users of
 * another agency are "" except for ADMIN and OVERSIGHT.
 */
const USERS = `query($agencyId: ID) { users(agencyId: $agencyId) { id email displayName roles agency { id shortName } } }`;

interface Listed {
  id: string;
  email: string;
  displayName: string;
  agency: { id: string; shortName: string };
}

describe('who may list which accounts', () => {
  let t: TestApp;
  let force: TaskForce;
  let disabledCbp: string;
  let wcsoLead: string;
  let everyone: number;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    // NCSHP leads the plan and CBP takes part; WCSO and the oversight office do not.
    await createPlan(t, force);
    disabledCbp = await t.createUser('gone@cbp.example', force.agencies.cbp, ['OFFICER']);
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabledCbp]);
    await t.createUser('lead@wcso.example', force.agencies.wcso, ['AGENCY_LEAD']);
    wcsoLead = await t.login('lead@wcso.example');
    everyone = (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n;
  });
  afterAll(() => t.close());

  const list = async (token: string, agencyId?: string): Promise<Listed[]> => {
    const result = await t.gql<{ users: Listed[] }>(USERS, agencyId ? { agencyId } : {}, token);
    expect(result.errors).toBeUndefined();
    return result.data!.users;
  };
  const agenciesOf = (users: Listed[]) => [...new Set(users.map((user) => user.agency.shortName))].sort();

  it.each(['ncshpAdmin', 'oversight'] as const)('lets %s list every account, disabled ones too, with emails', async (who) => {
    const users = await list(force.tokens[who]);
    expect(users).toHaveLength(everyone);
    expect(users.every((user) => user.email.includes('@'))).toBe(true);
    expect(users.map((user) => user.id)).toContain(disabledCbp);
  });

  it.each(['ncshpPlanner', 'ncshpOfficer', 'cbpPlanner'] as const)(
    'lets %s list only the active users of the agencies of plans they can see, with emails of their own agency alone',
    async (who) => {
      const users = await list(force.tokens[who]);
      expect(agenciesOf(users)).toEqual(['CBP', 'NCSHP']);
      expect(users.map((user) => user.id)).not.toContain(disabledCbp);
      const ownAgency = who.startsWith('cbp') ? force.agencies.cbp : force.agencies.ncshp;
      for (const user of users) expect(user.email === '').toBe(user.agency.id !== ownAgency);
      expect(users.find((user) => user.agency.id === ownAgency)?.email).toMatch(/@/);
    },
  );

  it('lets a user who sees no plan list nobody, and an agency lead without plans their own agency', async () => {
    expect(await list(force.tokens.wcsoPlanner)).toEqual([]);
    const users = await list(wcsoLead);
    expect(agenciesOf(users)).toEqual(['WCSO']);
    expect(users.map((user) => user.email).sort()).toEqual(['lead@wcso.example', 'planner@wcso.example']);
  });

  it('still serves the role-assignee picker: the users of a participating agency, by agency', async () => {
    const cbp = await list(force.tokens.ncshpPlanner, force.agencies.cbp);
    expect(cbp.map((user) => user.displayName).sort()).toEqual(['lead', 'planner']);
    expect(cbp.every((user) => user.email === '')).toBe(true);
    const ncshp = await list(force.tokens.ncshpPlanner, force.agencies.ncshp);
    expect(ncshp.map((user) => user.email).sort()).toEqual(['admin@ncshp.example', 'lead@ncshp.example', 'officer@ncshp.example', 'planner@ncshp.example']);
    expect(await list(force.tokens.ncshpPlanner, force.agencies.wcso)).toEqual([]);
    expect(await list(force.tokens.ncshpPlanner, force.agencies.oversight)).toEqual([]);
  });

  it.each(['ncshpAdmin', 'ncshpPlanner'] as const)('answers a malformed agencyId from %s with BAD_USER_INPUT naming agencyId', async (who) => {
    const result = await t.gql(USERS, { agencyId: 'not-a-uuid' }, force.tokens[who]);
    expect(result.status).toBe(200);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
  });

  it('still refuses without a session', async () => {
    expect((await t.gql(USERS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('blanks other agencies\' emails wherever a user appears, not only in users: the plan creator, seen from CBP', async () => {
    const plan = await createPlan(t, force);
    const READ = `query($id: ID!) { plan(id: $id) { createdBy { email agency { shortName } } } }`;
    const asCbp = await t.gql<{ plan: { createdBy: { email: string } } }>(READ, { id: plan.id }, force.tokens.cbpPlanner);
    expect(asCbp.errors).toBeUndefined();
    expect(asCbp.data!.plan.createdBy.email).toBe('');
    const asNcshp = await t.gql<{ plan: { createdBy: { email: string } } }>(READ, { id: plan.id }, force.tokens.ncshpLead);
    expect(asNcshp.data!.plan.createdBy.email).toBe('planner@ncshp.example');
    const asOversight = await t.gql<{ plan: { createdBy: { email: string } } }>(READ, { id: plan.id }, force.tokens.oversight);
    expect(asOversight.data!.plan.createdBy.email).toBe('planner@ncshp.example');
  });

  it('still tells a user who signs in their own email', async () => {
    const result = await t.gql<{ login: { user: { email: string } } }>(
      `mutation { login(email: "planner@cbp.example", password: "correct-horse-battery-staple") { user { email } } }`,
    );
    expect(result.data?.login.user.email).toBe('planner@cbp.example');
  });
});
