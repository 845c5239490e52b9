import { createPlan, errorOf, gqlData, MISSING_ID, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, TEST_PASSWORD, wsRequest, type TestApp } from './support/test-app';

/**
 * Issue 13, item 6: an ADMIN edits, disables and re-enables accounts. Every change is
 * security-logged; role combinations stay valid; disabling ends the account's sessions on both
 * transports at once; a disabled account cannot sign in; changes of agency or roles apply at once.
 */
const USER_FIELDS = `id displayName roles active agency { id shortName }`;
const UPDATE = `mutation($id: ID!, $patch: UserPatch!) { updateUser(id: $id, patch: $patch) { ${USER_FIELDS} } }`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { ${USER_FIELDS} } }`;
const RESET = `mutation($id: ID!, $p: String!) { resetUserCredentials(id: $id, temporaryPassword: $p) }`;
const ME = `{ me { id displayName roles agency { shortName } } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token mustChangePassword restricted authenticatedAt user { id active } } }`;

function closedWith(client: ReturnType<TestApp['wsClient']>): Promise<number> {
  return new Promise((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
}

describe('account administration', () => {
  let t: TestApp;
  let force: TaskForce;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    admin = force.tokens.ncshpAdmin;
  });
  afterAll(() => t.close());

  const securityEvents = async (type: string, targetUserId: string) =>
    (await t.db.query(`SELECT user_id, email, detail FROM security_events WHERE type = $1 AND detail->>'targetUserId' = $2 ORDER BY id`, [type, targetUserId])) as Array<{
      user_id: string;
      email: string;
      detail: Record<string, any>;
    }>;
  const userRow = async (id: string) => (await t.db.query(`SELECT display_name, roles, agency_id, disabled_at, password_hash FROM users WHERE id = $1`, [id]))[0];

  it.each(['ncshpPlanner', 'ncshpLead', 'oversight'] as const)('refuses every account change to %s (FORBIDDEN), changing nothing', async (who) => {
    const target = force.users.cbpPlanner;
    const before = await userRow(target);
    const attempts = [
      t.gql(UPDATE, { id: target, patch: { displayName: 'Hijacked' } }, force.tokens[who]),
      t.gql(SET_ACTIVE, { id: target, active: false }, force.tokens[who]),
      t.gql(RESET, { id: target, p: 'a-fresh-one-time-secret-91' }, force.tokens[who]),
    ];
    for (const result of await Promise.all(attempts)) expect(errorOf(result).extensions?.code).toBe('FORBIDDEN');
    expect(await userRow(target)).toEqual(before);
    expect(await gqlData(t, ME, {}, force.tokens.cbpPlanner)).toMatchObject({ me: { displayName: 'planner' } });
  });

  it('edits name, agency and roles, logs each change with who made it, and the change applies to open sessions at once', async () => {
    const id = await t.createUser('edit.me@ncshp.example', force.agencies.ncshp, ['PLANNER']);
    const token = await t.login('edit.me@ncshp.example');
    const socket = t.wsClient(token, { lazy: false });
    await wsRequest(socket, ME);
    const closed = closedWith(socket);

    const { updateUser } = await gqlData(t, UPDATE, { id, patch: { displayName: '  Edith Meyer ', agencyId: force.agencies.cbp, roles: ['AGENCY_LEAD', 'OFFICER'] } }, admin);
    expect(updateUser).toMatchObject({ id, displayName: 'Edith Meyer', roles: ['AGENCY_LEAD', 'OFFICER'], active: true, agency: { shortName: 'CBP' } });

    // HTTP reads the account per request: the same token already acts with the new agency and roles.
    expect((await gqlData(t, ME, {}, token)).me).toMatchObject({ roles: ['AGENCY_LEAD', 'OFFICER'], agency: { shortName: 'CBP' } });
    // Open sockets are closed with a code the client retries, so subscriptions are authorized afresh.
    expect(await closed).toBe(4001);
    expect((await wsRequest(t.wsClient(token), ME)).data?.me.agency.shortName).toBe('CBP');

    const [updated] = await securityEvents('USER_UPDATED', id);
    expect(updated.user_id).toBe(force.users.ncshpAdmin);
    expect(updated.email).toBe('edit.me@ncshp.example');
    expect(updated.detail.changes).toEqual({
      displayName: { from: 'edit.me', to: 'Edith Meyer' },
      agencyId: { from: force.agencies.ncshp, to: force.agencies.cbp },
      roles: { from: ['PLANNER'], to: ['AGENCY_LEAD', 'OFFICER'] },
    });
    const grants = await t.db.query(`SELECT user_id, detail FROM security_events WHERE type = 'ROLES_GRANTED' AND detail->>'targetUserId' = $1 AND detail->>'source' = 'updateUser'`, [id]);
    expect(grants).toEqual([{ user_id: force.users.ncshpAdmin, detail: expect.objectContaining({ roles: ['AGENCY_LEAD', 'OFFICER'], previousRoles: ['PLANNER'], agencyId: force.agencies.cbp }) }]);

    // A patch that changes nothing writes nothing.
    await gqlData(t, UPDATE, { id, patch: { displayName: 'Edith Meyer' } }, admin);
    expect(await securityEvents('USER_UPDATED', id)).toHaveLength(1);
  });

  it('removes plan access as soon as the roles change: a former planner can no longer create a plan', async () => {
    const id = await t.createUser('demoted@ncshp.example', force.agencies.ncshp, ['PLANNER']);
    const token = await t.login('demoted@ncshp.example');
    await gqlData(t, UPDATE, { id, patch: { roles: ['OFFICER'] } }, admin);
    const result = await t.gql(
      `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`,
      { input: { title: 'Not allowed', summary: 's', agencyIds: [], startsAt: '2027-03-01T06:00:00Z', endsAt: '2027-03-01T18:00:00Z' } },
      token,
    );
    expect(errorOf(result).extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    [['ADMIN', 'PLANNER'], 'Administrator cannot be combined'],
    [['OVERSIGHT', 'OFFICER'], 'Oversight cannot be combined'],
    [[], 'at least one role'],
  ])('refuses the role combination %j naming patch.roles, changing nothing', async (roles, message) => {
    const target = force.users.ncshpOfficer;
    const before = await userRow(target);
    const error = errorOf(await t.gql(UPDATE, { id: target, patch: { displayName: 'Renamed', roles } }, admin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.roles' });
    expect(error.message).toContain(message);
    expect(await userRow(target)).toEqual(before);
  });

  it('asks to correct roles held before the combination rule before anything else changes', async () => {
    const id = await t.createUser('legacy@ncshp.example', force.agencies.ncshp, ['OFFICER']);
    // The constraint is NOT VALID: rows from before it may still hold a forbidden combination.
    await t.db.query(`ALTER TABLE users DROP CONSTRAINT users_roles_combination`);
    await t.db.query(`UPDATE users SET roles = ARRAY['OVERSIGHT', 'OFFICER'] WHERE id = $1`, [id]);
    await t.db.query(`ALTER TABLE users ADD CONSTRAINT users_roles_combination CHECK (NOT (roles && ARRAY['OVERSIGHT', 'ADMIN']::text[] AND roles && ARRAY['PLANNER', 'AGENCY_LEAD', 'OFFICER']::text[])) NOT VALID`);
    expect(errorOf(await t.gql(UPDATE, { id, patch: { displayName: 'Legacy' } }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.roles' });
    expect((await gqlData(t, UPDATE, { id, patch: { displayName: 'Legacy', roles: ['OVERSIGHT'] } }, admin)).updateUser).toMatchObject({ displayName: 'Legacy', roles: ['OVERSIGHT'] });
  });

  it('names the field of other bad input and answers NOT_FOUND for an unknown account', async () => {
    const target = force.users.ncshpOfficer;
    expect(errorOf(await t.gql(UPDATE, { id: target, patch: { displayName: '   ' } }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.displayName' });
    expect(errorOf(await t.gql(UPDATE, { id: target, patch: { agencyId: MISSING_ID } }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.agencyId' });
    expect(errorOf(await t.gql(UPDATE, { id: target, patch: { agencyId: 'nope' } }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.agencyId' });
    for (const id of [MISSING_ID, 'not-an-id']) {
      expect(errorOf(await t.gql(UPDATE, { id, patch: { displayName: 'X' } }, admin)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(SET_ACTIVE, { id, active: false }, admin)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(RESET, { id, p: 'a-fresh-one-time-secret-91' }, admin)).extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses an administrator dropping their own Administrator role, disabling or resetting themselves', async () => {
    const self = force.users.ncshpAdmin;
    expect(errorOf(await t.gql(UPDATE, { id: self, patch: { roles: ['OVERSIGHT'] } }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.roles' });
    const disable = errorOf(await t.gql(SET_ACTIVE, { id: self, active: false }, admin));
    expect(disable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    expect(disable.message).toBe('You cannot disable your own account.');
    expect(errorOf(await t.gql(RESET, { id: self, p: 'a-fresh-one-time-secret-91' }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await gqlData(t, ME, {}, admin)).me.roles).toEqual(['ADMIN']);
  });

  it('disabling ends every session of the account at once, HTTP and WebSocket; it cannot sign in until re-enabled', async () => {
    const email = 'leaving@cbp.example';
    const id = await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const plan = await createPlan(t, force);
    const [first, second] = [await t.login(email), await t.login(email)];
    const socket = t.wsClient(first, { lazy: false });
    await wsRequest(socket, ME);
    const closed = closedWith(socket);
    // A plan subscription is open on the socket when the account is disabled.
    socket.subscribe({ query: `subscription($p: ID!) { planEvents(planId: $p) { seq } }`, variables: { p: plan.id } }, { next: () => undefined, error: () => undefined, complete: () => undefined });

    const { setUserActive } = await gqlData(t, SET_ACTIVE, { id, active: false }, admin);
    expect(setUserActive).toMatchObject({ id, active: false });
    expect(await closed).toBe(4403);
    for (const token of [first, second]) expect(errorOf(await t.gql(ME, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [id])).toEqual([{ n: 0 }]);

    // The right password of a disabled account is refused exactly like a wrong one (no enumeration).
    const refused = errorOf(await t.gql(LOGIN, { e: email, p: TEST_PASSWORD }));
    const wrong = errorOf(await t.gql(LOGIN, { e: 'nobody@cbp.example', p: TEST_PASSWORD }));
    expect(refused).toEqual(wrong);
    expect(refused.extensions?.code).toBe('UNAUTHENTICATED');

    const [disabled] = await securityEvents('USER_DISABLED', id);
    expect(disabled).toMatchObject({ user_id: force.users.ncshpAdmin, email, detail: { endedSessions: 2 } });

    expect((await gqlData(t, SET_ACTIVE, { id, active: true }, admin)).setUserActive.active).toBe(true);
    const login = await gqlData(t, LOGIN, { e: email, p: TEST_PASSWORD }, '');
    expect(login.login).toMatchObject({ mustChangePassword: false, restricted: false, user: { id, active: true } });
    expect(Math.abs(Date.parse(login.login.authenticatedAt) - Date.now())).toBeLessThan(60_000);
    expect(await securityEvents('USER_ENABLED', id)).toHaveLength(1);
  });
});
