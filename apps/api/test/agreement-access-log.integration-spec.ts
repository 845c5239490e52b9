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
});
