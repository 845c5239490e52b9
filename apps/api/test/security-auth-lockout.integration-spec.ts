import { PasswordService } from '../src/modules/auth/password.service';
import { TEST_PASSWORD, startTestApp, type GqlResponse, type TestApp } from './support/test-app';

/**
 * Security test, issue 11, finding 1: 200 wrong passwords and the right one sent at once were all
 * checked, and the right one signed in. The lock is decided, and the attempt recorded, before any
 * password is checked, so however many arrive together at most 5 are checked.
 */
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

describe('sign-in lockout under parallel attempts', () => {
  let t: TestApp;
  let agencyId: string;
  /** Every password check the server makes, in this process. */
  let verify: jest.SpyInstance<Promise<boolean>, [string | null, string]>;
  let realVerify: PasswordService['verify'];

  beforeAll(async () => {
    t = await startTestApp();
    agencyId = await t.createAgency('NCSHP');
    const passwords = t.app.get(PasswordService);
    const original = passwords.verify.bind(passwords);
    realVerify = original;
    verify = jest.spyOn(passwords, 'verify').mockImplementation(original);
  });
  afterEach(() => {
    verify.mockReset();
    verify.mockImplementation(realVerify);
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string) => t.gql(LOGIN, { email, password });
  const codeOf = (result: GqlResponse) => (result.errors ? result.errors[0].extensions?.code : 'SIGNED_IN');
  const tally = (results: GqlResponse[]) =>
    results.reduce<Record<string, number>>((counts, result) => ({ ...counts, [codeOf(result)]: (counts[codeOf(result)] ?? 0) + 1 }), {});
  const events = async (email: string) =>
    (await t.db.query(`SELECT type, count(*)::int AS n FROM security_events WHERE email = $1 GROUP BY type`, [email])).reduce(
      (counts: Record<string, number>, row: { type: string; n: number }) => ({ ...counts, [row.type]: row.n }),
      {},
    );
  const sessionsOf = async (email: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [email]))[0].n as number;

  it('checks at most 5 passwords of a burst of 50 parallel wrong passwords, locks, and refuses the right one afterwards', async () => {
    const email = 'burst@ncshp.example';
    await t.createUser(email, agencyId, ['OFFICER']);

    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(email, `wrong-password-${i}`)));

    expect(verify).toHaveBeenCalledTimes(5);
    expect(tally(results)).toEqual({ UNAUTHENTICATED: 4, RATE_LIMITED: 46 });
    expect(await events(email)).toEqual({ LOGIN_FAILED: 5, ACCOUNT_LOCKED: 1, LOGIN_REFUSED_LOCKED: 45 });

    const right = await attempt(email, TEST_PASSWORD);
    expect(right.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(verify).toHaveBeenCalledTimes(5);
    expect(await sessionsOf(email)).toBe(0);
  });

  it('does not sign in with the right password sent inside a burst of 200 once 5 checks are under way', async () => {
    const email = 'burst-right@ncshp.example';
    await t.createUser(email, agencyId, ['OFFICER']);
    // Hold every password check until the whole burst has been sent, as a slow server would.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    verify.mockImplementation(async (hash, password) => {
      await gate;
      return realVerify(hash, password);
    });

    const wrong = Array.from({ length: 150 }, (_, i) => attempt(email, `wrong-password-${i}`));
    for (let waited = 0; verify.mock.calls.length < 5 && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    const right = attempt(email, TEST_PASSWORD);
    const more = Array.from({ length: 49 }, (_, i) => attempt(email, `more-wrong-${i}`));
    await new Promise((resolve) => setTimeout(resolve, 200));
    open();
    const results = await Promise.all([...wrong, right, ...more]);

    expect(verify).toHaveBeenCalledTimes(5);
    expect(verify.mock.calls.map(([, password]) => password)).not.toContain(TEST_PASSWORD);
    expect(codeOf(await right)).toBe('RATE_LIMITED');
    expect(tally(results)).toEqual({ UNAUTHENTICATED: 4, RATE_LIMITED: 196 });
    expect(await events(email)).toMatchObject({ LOGIN_FAILED: 5, ACCOUNT_LOCKED: 1 });
    expect(await events(email)).not.toHaveProperty('LOGIN_SUCCEEDED');
    expect(await sessionsOf(email)).toBe(0);
  });

  it('limits an unknown email the same way, so a burst does not reveal which accounts exist', async () => {
    const known = 'known@ncshp.example';
    await t.createUser(known, agencyId, ['OFFICER']);
    const knownResults = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(known, `wrong-password-${i}`)));
    expect(verify).toHaveBeenCalledTimes(5);
    verify.mockClear();

    const ghostResults = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt('ghost@nowhere.example', `wrong-password-${i}`)));
    expect(verify).toHaveBeenCalledTimes(5);
    expect(tally(ghostResults)).toEqual(tally(knownResults));
    expect(tally(ghostResults)).toEqual({ UNAUTHENTICATED: 4, RATE_LIMITED: 16 });
  });

  it('counts only failures: a success gives its slot back and clears earlier failures', async () => {
    const email = 'forgiven@ncshp.example';
    await t.createUser(email, agencyId, ['OFFICER']);
    for (let i = 0; i < 4; i++) expect(codeOf(await attempt(email, 'wrong-password-123'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(email, TEST_PASSWORD))).toBe('SIGNED_IN');
    expect(await t.db.query(`SELECT failures, in_flight FROM login_throttle WHERE email = $1`, [email])).toEqual([{ failures: 0, in_flight: 0 }]);
    for (let i = 0; i < 4; i++) expect(codeOf(await attempt(email, 'wrong-password-123'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(email, 'wrong-password-123'))).toBe('RATE_LIMITED');
  });

  it('lets more parallel sign-ins with the right password than there are slots all succeed', async () => {
    const email = 'busy@ncshp.example';
    await t.createUser(email, agencyId, ['PLANNER']);
    const results = await Promise.all(Array.from({ length: 8 }, () => attempt(email, TEST_PASSWORD)));
    expect(tally(results)).toEqual({ SIGNED_IN: 8 });
    expect(await t.db.query(`SELECT failures, in_flight FROM login_throttle WHERE email = $1`, [email])).toEqual([{ failures: 0, in_flight: 0 }]);
  });

  it('takes slots abandoned for over a minute (a replica that died mid-check) as free', async () => {
    const email = 'abandoned@ncshp.example';
    await t.createUser(email, agencyId, ['OFFICER']);
    await t.db.query(`INSERT INTO login_throttle (email, in_flight, in_flight_at) VALUES ($1, 5, now() - interval '2 minutes')`, [email]);
    expect(codeOf(await attempt(email, TEST_PASSWORD))).toBe('SIGNED_IN');
  });
});
