import { ACCESS_PAGE_SQL } from '../src/modules/agreements/agreements.repository';
import { createAgreement, tinyPdf } from './support/agreements';
import { errorOf, gqlData, MISSING_ID, seedTaskForce, signInWcsoLead, type TaskForce } from './support/task-force';
import { startTestApp, wsRequest, type TestApp } from './support/test-app';

const LOG = `query($id: ID!, $before: String, $first: Int) {
  agreementAccessLog(agreementId: $id, before: $before, first: $first) { nodes { at action kind count user { id displayName } } nextCursor }
}`;

/**
 * agreementAccessLog: who downloaded an agreement's signed document and who was refused, for
 * OVERSIGHT and the agency leads of its parties, on both transports; every other reader is refused
 * (and that refusal is itself recorded), and an agreement the caller may not read is not disclosed.
 */
describe('agreementAccessLog', () => {
  let t: TestApp;
  let force: TaskForce;
  let agreementId: string;
  let wcsoLead: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    wcsoLead = await signInWcsoLead(t, force);
    // Between NCSHP and CBP.
    agreementId = (await createAgreement(t, force, { title: 'Logged MOU' })).id;
    const uploaded = await fetch(`${t.url}/agreements/${agreementId}/document`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${force.tokens.ncshpAdmin}` },
      body: tinyPdf(),
    });
    expect(uploaded.status).toBe(200);
    const download = (token: string) => fetch(`${t.url}/agreements/${agreementId}/document`, { headers: { authorization: `Bearer ${token}` } });
    expect((await download(force.tokens.cbpPlanner)).status).toBe(200);
    expect((await download(force.tokens.wcsoPlanner)).status).toBe(404);
    expect((await download(force.tokens.ncshpOfficer)).status).toBe(200);
  });
  afterAll(() => t.close());

  const records = () => t.db.query(`SELECT user_id, action, kind FROM agreement_access_log WHERE agreement_id = $1 ORDER BY id`, [agreementId]);

  it.each([
    ['OVERSIGHT', 'oversight'],
    ["a party agency's AGENCY_LEAD", 'cbpLead'],
    ["the other party's AGENCY_LEAD", 'ncshpLead'],
  ] as const)('%s reads every download and refusal, newest first, with who and what', async (_who, reader) => {
    const { agreementAccessLog } = await gqlData(t, LOG, { id: agreementId }, force.tokens[reader]);
    expect(agreementAccessLog.nextCursor).toBeNull();
    expect(agreementAccessLog.nodes.map((node: { action: string; kind: string; count: number; user: { id: string } }) => [node.user.id, node.action, node.kind, node.count])).toEqual([
      [force.users.ncshpOfficer, 'EXPORT', 'document', 1],
      [force.users.wcsoPlanner, 'DENIED', 'document', 1],
      [force.users.cbpPlanner, 'EXPORT', 'document', 1],
    ]);
    expect(Date.parse(agreementAccessLog.nodes[0].at)).toBeGreaterThanOrEqual(Date.parse(agreementAccessLog.nodes[2].at));
  });

  it('pages older records through `before`, and says when there are no more', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 3; page++) {
      const { agreementAccessLog }: { agreementAccessLog: { nodes: Array<{ user: { id: string } }>; nextCursor: string | null } } = await gqlData(t, LOG, { id: agreementId, first: 1, before }, force.tokens.oversight);
      expect(agreementAccessLog.nodes).toHaveLength(1);
      seen.push(agreementAccessLog.nodes[0]!.user.id);
      before = agreementAccessLog.nextCursor;
      expect(before === null).toBe(page === 2);
    }
    expect(seen).toEqual([force.users.ncshpOfficer, force.users.wcsoPlanner, force.users.cbpPlanner]);
  });

  it('reads a page from the index in order: no sort of all the agreement\'s records', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await runner.startTransaction();
      // The table is tiny here: make the planner show what it would do with a long log.
      await runner.query('SET LOCAL enable_seqscan = off');
      const plan: Array<{ 'QUERY PLAN': string }> = await runner.query(`EXPLAIN ${ACCESS_PAGE_SQL}`, [agreementId, '100', 50]);
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text).toContain('agreement_access_log_agreement');
      expect(text).not.toMatch(/Sort/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it.each([
    ["a party's planner", 'ncshpPlanner'],
    ["a party's officer", 'ncshpOfficer'],
    ['ADMIN, who manages agreements', 'ncshpAdmin'],
  ] as const)('refuses %s (FORBIDDEN) on both transports, and records each refusal', async (_who, reader) => {
    const before = (await records()).length;
    const overHttp = await t.gql(LOG, { id: agreementId }, force.tokens[reader]);
    expect(overHttp.data?.agreementAccessLog ?? null).toBeNull();
    expect(errorOf(overHttp).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const overWs = await wsRequest(t.wsClient(force.tokens[reader]), LOG, { id: agreementId });
    expect(overWs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const after = await records();
    expect(after.slice(before)).toEqual([
      { user_id: force.users[reader], action: 'DENIED', kind: 'accessLog' },
      { user_id: force.users[reader], action: 'DENIED', kind: 'accessLog' },
    ]);
  });

  it('answers NOT_FOUND for an agreement the caller may not read, as for one that does not exist, recording nothing', async () => {
    const before = await records();
    for (const [id, token] of [
      [agreementId, wcsoLead],
      [agreementId, force.tokens.wcsoPlanner],
      [MISSING_ID, force.tokens.oversight],
      ['not-an-id', force.tokens.oversight],
    ]) {
      const result = await t.gql(LOG, { id }, token);
      expect(errorOf(result).extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await records()).toEqual(before);
  });

  it('answers BAD_USER_INPUT naming each bad argument, and reads nothing', async () => {
    const result = await t.gql(LOG, { id: agreementId, first: 0, before: 'abc' }, force.tokens.oversight);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (result.errors ?? []).flatMap((error) => (error.extensions?.['violations'] as Array<{ field: string }> | undefined)?.map((v) => v.field) ?? [error.extensions?.['field']]);
    expect(fields).toEqual(expect.arrayContaining(['first', 'before']));
    expect(errorOf(await t.gql(LOG, { id: agreementId, first: 501 }, force.tokens.oversight)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('pages newest first by number across a change in the ids\' width (99, then 100)', async () => {
    const long = (await createAgreement(t, force, { title: 'Long-logged MOU' })).id;
    await t.db.query(`SELECT setval('agreement_access_log_id_seq', greatest(95, (SELECT max(id) FROM agreement_access_log)))`);
    for (let i = 0; i < 8; i++) await t.db.query(`INSERT INTO agreement_access_log (agreement_id, user_id, action, kind) VALUES ($1, $2, 'EXPORT', 'document')`, [long, force.users.cbpPlanner]);
    const ids: number[] = (await t.db.query(`SELECT id FROM agreement_access_log WHERE agreement_id = $1 ORDER BY id DESC`, [long])).map((row: { id: string }) => Number(row.id));
    expect(String(ids[0]).length).toBeGreaterThan(String(ids.at(-1)).length);

    const sizes: number[] = [];
    const cursors: number[] = [];
    let before: string | null = null;
    do {
      const { agreementAccessLog }: { agreementAccessLog: { nodes: unknown[]; nextCursor: string | null } } = await gqlData(t, LOG, { id: long, first: 3, before }, force.tokens.oversight);
      sizes.push(agreementAccessLog.nodes.length);
      before = agreementAccessLog.nextCursor;
      if (before) cursors.push(Number(before));
    } while (before && sizes.length < 5);
    // Each page ends at the record three places further down the log, counted by number.
    expect(sizes).toEqual([3, 3, 2]);
    expect(cursors).toEqual([ids[2], ids[5]]);
  });
});
