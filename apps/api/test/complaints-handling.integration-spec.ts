import { normalizeTrackingCode } from '@jointops/domain';
import { createHash } from 'node:crypto';
import { COMPLAINT_FIELDS, COMPLAINT_STATUS, complaintFootprint, fileComplaint, post, UPDATE_COMPLAINT } from './support/complaints';
import { createPlan, errorOf, gqlData, MISSING_ID, seedTaskForce, type PersonKey, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Oversight handles complaints (DESIGN.md section 8): OVERSIGHT alone lists and reads them (each
 * read recorded) and links, moves and closes them; everyone else, agency leads and ADMIN included,
 * is FORBIDDEN. Every change is a history row (who, when, each field from and to); a stale
 * expectedVersion is a CONFLICT; an outcome is required to close, and the complainant reads it by code.
 */
const LIST = `query($status: ComplaintStatus, $planId: ID) { complaints(status: $status, planId: $planId) { ${COMPLAINT_FIELDS} } }`;
const READ = `query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} history { at by { id } changes { field from to } } } }`;
const NOT_OVERSIGHT: PersonKey[] = ['ncshpPlanner', 'ncshpLead', 'ncshpOfficer', 'ncshpAdmin', 'cbpLead'];

describe('oversight handles complaints', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;

  /** Files a complaint without a session; its id, version and tracking code. */
  const file = async (input: Record<string, unknown> = {}) => {
    const trackingCode: string = (await fileComplaint(t, input)).data!.fileComplaint.trackingCode;
    const hash = createHash('sha256').update(normalizeTrackingCode(trackingCode)!).digest();
    const [{ id }] = await t.db.query(`SELECT id FROM complaints WHERE tracking_hash = $1`, [hash]);
    return { id: id as string, version: 1, trackingCode };
  };
  const update = (id: string, version: number, patch: Record<string, unknown>, token = force.tokens.oversight) => t.gql(UPDATE_COMPLAINT, { id, v: version, patch }, token);
  const history = (id: string) => t.db.query(`SELECT actor_id, changes FROM complaint_history WHERE complaint_id = $1 ORDER BY at, id`, [id]);

  beforeAll(async () => {
    t = await startTestApp({ trustedProxies: ['loopback'] });
    force = await seedTaskForce(t);
    planId = (await createPlan(t, force, { title: 'Operation Safe Corridor' })).id;
  });
  afterAll(() => t.close());

  it('refuses everyone but OVERSIGHT, agency leads and ADMIN included, with FORBIDDEN, and writes nothing', async () => {
    const complaint = await file({ agencyId: force.agencies.cbp, contact: 'call 555-0100' });
    const before = await complaintFootprint(t);
    for (const person of NOT_OVERSIGHT) {
      const token = force.tokens[person];
      for (const result of [
        await t.gql(LIST, {}, token),
        await t.gql(LIST, { planId }, token),
        await t.gql(READ, { id: complaint.id }, token),
        await update(complaint.id, 1, { status: 'UNDER_REVIEW', planId }, token),
      ]) {
        expect([person, errorOf(result).extensions?.code]).toEqual([person, 'FORBIDDEN']);
        expect(JSON.stringify(result.data ?? null)).not.toContain('555-0100');
      }
    }
    expect(await complaintFootprint(t)).toEqual(before);
    const denied = await t.db.query(`SELECT count(*)::int AS count FROM security_events WHERE type = 'ACCESS_DENIED' AND user_id = $1 AND detail->>'operation' = 'complaints'`, [force.users.cbpLead]);
    expect(denied[0].count).toBe(2);
    expect(await t.db.query(`SELECT 1 FROM complaint_access_log WHERE complaint_id = $1`, [complaint.id])).toEqual([]);
  });

  it('lets oversight read the text and contact, newest first, filtered by status and operation; each read is recorded', async () => {
    const first = await file({ contact: 'maria@example.org' });
    const second = await file({ category: 'LANGUAGE_ACCESS' });
    const all = (await gqlData(t, LIST, {}, force.tokens.oversight)).complaints;
    expect(all.slice(0, 2).map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
    expect(all[1]).toMatchObject({ contact: 'maria@example.org', status: 'RECEIVED', version: 1, agency: null, plan: null });
    const read = await t.db.query(`SELECT user_id, action, request_id FROM complaint_access_log WHERE complaint_id = $1`, [first.id]);
    expect(read).toEqual([{ user_id: force.users.oversight, action: 'VIEW', request_id: expect.any(String) }]);

    await gqlData(t, UPDATE_COMPLAINT, { id: first.id, v: 1, patch: { planId, status: 'UNDER_REVIEW' } }, force.tokens.oversight);
    expect((await gqlData(t, LIST, { planId }, force.tokens.oversight)).complaints.map((c: { id: string }) => c.id)).toEqual([first.id]);
    expect((await gqlData(t, LIST, { status: 'UNDER_REVIEW' }, force.tokens.oversight)).complaints.map((c: { id: string }) => c.id)).toEqual([first.id]);
    expect((await gqlData(t, LIST, { planId: 'not-an-id' }, force.tokens.oversight)).complaints).toEqual([]);
    // The result of the mutation is not a read: still the one record from the list above, then two more lists.
    const reads = await t.db.query(`SELECT count(*)::int AS count FROM complaint_access_log WHERE complaint_id = $1`, [first.id]);
    expect(reads[0].count).toBe(3);
    expect((await gqlData(t, READ, { id: MISSING_ID }, force.tokens.oversight)).complaint).toBeNull();
  });

  it('moves RECEIVED → UNDER_REVIEW → REFERRED → CLOSED, links an operation and an agency, and logs each change with who and from/to', async () => {
    const { id, trackingCode } = await file();
    const step = async (version: number, patch: Record<string, unknown>) => (await gqlData(t, UPDATE_COMPLAINT, { id, v: version, patch }, force.tokens.oversight)).updateComplaint;

    const reviewing = await step(1, { status: 'UNDER_REVIEW', planId, agencyId: force.agencies.cbp });
    expect(reviewing).toMatchObject({ status: 'UNDER_REVIEW', version: 2, plan: { id: planId }, agency: { id: force.agencies.cbp } });
    const referred = await step(2, { status: 'REFERRED', outcome: 'Draft: officer interviewed.' });
    expect(referred).toMatchObject({ status: 'REFERRED', version: 3 });
    // Until it is closed, the complainant sees no outcome.
    expect((await post(t, COMPLAINT_STATUS, { code: trackingCode })).data?.complaintStatus).toMatchObject({ status: 'REFERRED', outcome: null });
    const closed = await step(3, { status: 'CLOSED', outcome: '  Sustained; the officer was retrained.  ' });
    expect(closed).toMatchObject({ status: 'CLOSED', version: 4, outcome: 'Sustained; the officer was retrained.' });
    const seen = (await post(t, COMPLAINT_STATUS, { code: trackingCode })).data?.complaintStatus;
    expect(seen).toEqual({ status: 'CLOSED', outcome: 'Sustained; the officer was retrained.', receivedAt: expect.any(String), updatedAt: closed.updatedAt });

    const me = force.users.oversight;
    expect(await history(id)).toEqual([
      { actor_id: null, changes: {} },
      { actor_id: me, changes: { status: { from: 'RECEIVED', to: 'UNDER_REVIEW' }, planId: { from: null, to: planId }, agencyId: { from: null, to: force.agencies.cbp } } },
      { actor_id: me, changes: { status: { from: 'UNDER_REVIEW', to: 'REFERRED' }, outcome: { from: null, to: 'Draft: officer interviewed.' } } },
      { actor_id: me, changes: { status: { from: 'REFERRED', to: 'CLOSED' }, outcome: { from: 'Draft: officer interviewed.', to: 'Sustained; the officer was retrained.' } } },
    ]);
    const read = (await gqlData(t, READ, { id }, force.tokens.oversight)).complaint;
    expect(read.history).toHaveLength(4);
    expect(read.history[0]).toMatchObject({ by: null, changes: [] });
    expect(read.history[1].by).toEqual({ id: me });
    expect(read.history[1].changes).toEqual(expect.arrayContaining([{ field: 'status', from: 'RECEIVED', to: 'UNDER_REVIEW' }]));

    // An unlink is a change like any other; a patch that changes nothing writes nothing.
    const unlinked = await step(4, { planId: '' });
    expect(unlinked).toMatchObject({ version: 5, plan: null });
    expect((await history(id)).at(-1)).toEqual({ actor_id: me, changes: { planId: { from: planId, to: null } } });
    const same = await step(5, { status: 'CLOSED', agencyId: force.agencies.cbp });
    expect(same.version).toBe(5);
    expect(await history(id)).toHaveLength(5);
  });

  it('refuses a move the status does not allow with INVALID_STATE, and writes nothing', async () => {
    const { id } = await file();
    await gqlData(t, UPDATE_COMPLAINT, { id, v: 1, patch: { status: 'UNDER_REVIEW' } }, force.tokens.oversight);
    const back = await update(id, 2, { status: 'RECEIVED' });
    expect(errorOf(back).extensions).toMatchObject({ code: 'INVALID_STATE', status: 'UNDER_REVIEW' });
    await gqlData(t, UPDATE_COMPLAINT, { id, v: 2, patch: { status: 'CLOSED', outcome: 'Not sustained.' } }, force.tokens.oversight);
    const before = await complaintFootprint(t);
    const reopened = await update(id, 3, { status: 'UNDER_REVIEW' });
    expect(errorOf(reopened).extensions).toMatchObject({ code: 'INVALID_STATE', status: 'CLOSED' });
    expect(await complaintFootprint(t)).toEqual(before);
  });

  it('wants an outcome to close (and keeps it once closed), naming patch.outcome, and writes nothing', async () => {
    const { id } = await file();
    const before = await complaintFootprint(t);
    for (const patch of [{ status: 'CLOSED' }, { status: 'CLOSED', outcome: '   ' }]) {
      expect(errorOf(await update(id, 1, patch)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.outcome' });
    }
    expect(errorOf(await update(id, 1, { status: 'CLOSED', outcome: 'x'.repeat(2001) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.outcome' });
    expect(await complaintFootprint(t)).toEqual(before);
    await gqlData(t, UPDATE_COMPLAINT, { id, v: 1, patch: { status: 'CLOSED', outcome: 'Withdrawn by the complainant.' } }, force.tokens.oversight);
    expect(errorOf(await update(id, 2, { outcome: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.outcome' });
  });

  it('refuses an unknown operation or agency naming the field, and an unknown complaint with NOT_FOUND, writing nothing', async () => {
    const { id } = await file();
    const before = await complaintFootprint(t);
    expect(errorOf(await update(id, 1, { planId: MISSING_ID })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.planId' });
    expect(errorOf(await update(id, 1, { agencyId: 'cbp' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.agencyId' });
    expect(errorOf(await update(id, 1, { status: 'OPEN' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await update(MISSING_ID, 1, { status: 'UNDER_REVIEW' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await update('nope', 1, { status: 'UNDER_REVIEW' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await complaintFootprint(t)).toEqual(before);
  });

  it('answers a stale expectedVersion with CONFLICT and the complaint as it stands, writing nothing', async () => {
    const { id } = await file();
    await gqlData(t, UPDATE_COMPLAINT, { id, v: 1, patch: { status: 'UNDER_REVIEW' } }, force.tokens.oversight);
    const before = await complaintFootprint(t);
    const stale = await update(id, 1, { status: 'REFERRED' });
    expect(errorOf(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id, status: 'UNDER_REVIEW', version: 2 } });
    expect(await complaintFootprint(t)).toEqual(before);
    // Two handlers at once on one version: one wins, the other is told.
    const results = await Promise.all([update(id, 2, { status: 'REFERRED' }), update(id, 2, { status: 'CLOSED', outcome: 'Closed at once.' })]);
    expect(results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await history(id)).toHaveLength(3);
  });

  it('shows oversight the complaints linked to an operation; the operation’s members are refused them', async () => {
    const { id } = await file({ description: 'Linked to the corridor operation.' });
    await gqlData(t, UPDATE_COMPLAINT, { id, v: 1, patch: { planId } }, force.tokens.oversight);
    const linked = (await gqlData(t, `query($p: ID!) { complaints(planId: $p) { id description plan { id title } } }`, { p: planId }, force.tokens.oversight)).complaints;
    expect(linked.map((c: { id: string }) => c.id)).toContain(id);
    expect(linked[0].plan).toEqual({ id: planId, title: 'Operation Safe Corridor' });
    for (const token of [force.tokens.ncshpPlanner, force.tokens.cbpLead]) {
      expect(errorOf(await t.gql(`query($p: ID!) { complaints(planId: $p) { id description } }`, { p: planId }, token)).extensions?.code).toBe('FORBIDDEN');
    }
  });
});
