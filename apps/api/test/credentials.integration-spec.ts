import { createPlan, errorOf, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, TEST_PASSWORD, wsRequest, type TestApp } from './support/test-app';

/**
 * Issue 13, item 6: an ADMIN resets an account to a one-time password; the next sign-in must
 * choose a new one, and until then the session may only call me, logout and changePassword, over
 * HTTP and WebSocket alike. Every user changes their own password with the current one.
 */
const RESET = `mutation($id: ID!, $p: String!) { resetUserCredentials(id: $id, temporaryPassword: $p) }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token mustChangePassword restricted } }`;
const ME = `{ me { id } }`;
const PLANS = `{ plans { edges { node { id } } } }`;
const TEMPORARY = 'amber-falcon-tide-4821';
const CHOSEN = 'my-own-new-passphrase-77';

function closedWith(client: ReturnType<TestApp['wsClient']>): Promise<number> {
  return new Promise((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
}

async function login(t: TestApp, email: string, password: string): Promise<{ token: string; mustChangePassword: boolean; restricted: boolean }> {
  return (await gqlData(t, LOGIN, { e: email, p: password }, '')).login;
}

describe('credential reset and password change', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planId = (await createPlan(t, force)).id;
  });
  afterAll(() => t.close());

  it('holds the one-time password to the policy, naming temporaryPassword', async () => {
    const error = errorOf(await t.gql(RESET, { id: force.users.cbpLead, p: 'password1234' }, force.tokens.ncshpAdmin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'temporaryPassword' });
    expect(await login(t, 'lead@cbp.example', TEST_PASSWORD)).toMatchObject({ mustChangePassword: false });
  });

  it('resets: ends the sessions, signs in only with the one-time password, and confines that session until the password is changed', async () => {
    const email = 'reset.me@cbp.example';
    const id = await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const old = await t.login(email);
    const socket = t.wsClient(old, { lazy: false });
    await wsRequest(socket, ME);
    const closed = closedWith(socket);

    expect((await gqlData(t, RESET, { id, p: TEMPORARY }, force.tokens.ncshpAdmin)).resetUserCredentials).toBe(true);
    expect(await closed).toBe(4403);
    expect(errorOf(await t.gql(ME, {}, old)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(LOGIN, { e: email, p: TEST_PASSWORD })).extensions?.code).toBe('UNAUTHENTICATED');
    const [logged] = await t.db.query(`SELECT user_id, detail FROM security_events WHERE type = 'CREDENTIALS_RESET' AND email = $1`, [email]);
    expect(logged).toEqual({ user_id: force.users.ncshpAdmin, detail: { targetUserId: id, endedSessions: 1, secondFactorCleared: true } });

    const session = await login(t, email, TEMPORARY);
    expect(session).toMatchObject({ mustChangePassword: true, restricted: false });

    // HTTP: me works; anything else is refused, queries and mutations alike.
    expect((await gqlData(t, ME, {}, session.token)).me.id).toBe(id);
    const refused: Array<[string, Record<string, unknown>]> = [
      [PLANS, {}],
      [`{ agencies { id } }`, {}],
      [`mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`, { id }],
    ];
    for (const [query, variables] of refused) {
      const error = errorOf(await t.gql(query, variables, session.token));
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    }
    // WebSocket: the same, for queries and subscriptions.
    const restricted = t.wsClient(session.token);
    expect((await wsRequest(restricted, ME)).data?.me.id).toBe(id);
    expect((await wsRequest(restricted, PLANS)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    const subscription = await wsRequest(restricted, `subscription($p: ID!) { planEvents(planId: $p) { seq } }`, { p: planId });
    expect(subscription.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });

    // The new password cannot be the one-time one; then it is accepted and the session is free.
    expect(errorOf(await t.gql(CHANGE, { c: TEMPORARY, n: TEMPORARY }, session.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await gqlData(t, CHANGE, { c: TEMPORARY, n: CHOSEN }, session.token)).changePassword).toBe(true);
    expect((await gqlData(t, PLANS, {}, session.token)).plans.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(planId);
    expect((await wsRequest(t.wsClient(session.token), PLANS)).errors).toBeUndefined();
    expect(await login(t, email, CHOSEN)).toMatchObject({ mustChangePassword: false });
    expect(errorOf(await t.gql(LOGIN, { e: email, p: TEMPORARY })).extensions?.code).toBe('UNAUTHENTICATED');

    const refusals = await t.db.query(`SELECT detail->>'operation' AS operation FROM security_events WHERE type = 'ACCESS_DENIED' AND user_id = $1 ORDER BY id`, [id]);
    expect(refusals.map((row: { operation: string }) => row.operation)).toEqual(['plans', 'agencies', 'setUserActive', 'plans', 'planEvents']);
  });

  it("takes the administrator's one-time password typed in capitals, without dashes or with spaces; an ordinary password stays exact", async () => {
    const email = 'read.aloud@cbp.example';
    const id = await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const oneTime = 'k7qm-x2pd-9fha-t4wn';
    expect((await gqlData(t, RESET, { id, p: oneTime }, force.tokens.ncshpAdmin)).resetUserCredentials).toBe(true);
    expect(errorOf(await t.gql(LOGIN, { e: email, p: 'K7QM-X2PD-9FHA-T4WX' })).extensions?.code).toBe('UNAUTHENTICATED');
    for (const typed of ['K7QMX2PD9FHAT4WN', 'k7qm x2pd 9fha t4wn']) {
      expect(await login(t, email, typed)).toMatchObject({ mustChangePassword: true });
    }
    const session = await login(t, email, 'K7QM-X2PD-9FHA-T4WN');
    // Changing it: the one-time password is named as such, in any spelling, and is not the new one either.
    const wrong = errorOf(await t.gql(CHANGE, { c: 'K7QM-X2PD-9FHA-T4WX', n: CHOSEN }, session.token));
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(wrong.message).toBe('That one-time password is not correct.');
    const same = errorOf(await t.gql(CHANGE, { c: 'K7QMX2PD9FHAT4WN', n: oneTime }, session.token));
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await gqlData(t, CHANGE, { c: 'K7QMX2PD9FHAT4WN', n: CHOSEN }, session.token)).changePassword).toBe(true);
    // Now an ordinary password: exact, and the one-time one in any spelling is gone.
    expect(await login(t, email, CHOSEN)).toMatchObject({ mustChangePassword: false });
    for (const typed of [CHOSEN.toUpperCase(), oneTime, 'K7QMX2PD9FHAT4WN']) {
      expect(errorOf(await t.gql(LOGIN, { e: email, p: typed })).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('changePassword: a wrong current password is BAD_USER_INPUT on currentPassword, a weak new one on newPassword, and nothing changes', async () => {
    const email = 'careful@ncshp.example';
    await t.createUser(email, force.agencies.ncshp, ['OFFICER']);
    const token = await t.login(email);
    const wrong = errorOf(await t.gql(CHANGE, { c: 'not-my-password-at-all', n: CHOSEN }, token));
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(wrong.message).toBe('Your current password is not correct.');
    for (const weak of ['short', 'password1234', 'jointops-demo-2026', 'aaaaaaaaaaaaaa']) {
      expect(errorOf(await t.gql(CHANGE, { c: TEST_PASSWORD, n: weak }, token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    expect(errorOf(await t.gql(CHANGE, { c: '', n: CHOSEN }, token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await login(t, email, TEST_PASSWORD)).toMatchObject({ mustChangePassword: false });
    const [failed] = await t.db.query(`SELECT count(*)::int AS n FROM security_events WHERE type = 'PASSWORD_CHANGE_FAILED' AND email = $1`, [email]);
    expect(failed.n).toBe(1);
  });

  it('counts wrong current passwords toward the lockout, as at sign-in', async () => {
    const email = 'guessed@ncshp.example';
    await t.createUser(email, force.agencies.ncshp, ['OFFICER']);
    const token = await t.login(email);
    for (let i = 0; i < 5; i++) expect(errorOf(await t.gql(CHANGE, { c: `wrong-guess-number-${i}`, n: CHOSEN }, token)).extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(CHANGE, { c: TEST_PASSWORD, n: CHOSEN }, token)).extensions?.code).toBe('RATE_LIMITED');
  });

  it('changing the password ends the other sessions (HTTP and WebSocket) and keeps this one', async () => {
    const email = 'rotating@cbp.example';
    await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const [mine, other] = [await t.login(email), await t.login(email)];
    const socket = t.wsClient(other, { lazy: false });
    await wsRequest(socket, ME);
    const closed = closedWith(socket);
    const mySocket = t.wsClient(mine, { lazy: false });
    await wsRequest(mySocket, ME);

    expect((await gqlData(t, CHANGE, { c: TEST_PASSWORD, n: CHOSEN }, mine)).changePassword).toBe(true);
    expect(await closed).toBe(4403);
    expect(errorOf(await t.gql(ME, {}, other)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gqlData(t, ME, {}, mine)).me.id).toBeTruthy();
    expect((await wsRequest(mySocket, ME)).errors).toBeUndefined();
    expect(errorOf(await t.gql(LOGIN, { e: email, p: TEST_PASSWORD })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await login(t, email, CHOSEN)).toMatchObject({ mustChangePassword: false });
    const [changed] = await t.db.query(`SELECT detail FROM security_events WHERE type = 'PASSWORD_CHANGED' AND email = $1`, [email]);
    expect(changed.detail).toMatchObject({ endedSessions: 1 });
  });
});
