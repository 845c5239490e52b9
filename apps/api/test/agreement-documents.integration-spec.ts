import { AGREEMENT_DOCUMENT_MAX_BYTES } from '@jointops/domain';
import { AGREEMENT, agreementsFootprint, createAgreement, TERMINATE_AGREEMENT, tinyPdf } from './support/agreements';
import { asAt } from './support/clock';
import { statementsDuring } from './support/sql-statements';
import { createPlan, gqlData, MISSING_ID, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PLAN_AGREEMENTS = `query($id: ID!) { plan(id: $id) { agreements { id title dataSharingTerms } } }`;

describe('agreements: the signed PDF, and the agreements that cover a plan', () => {
  let t: TestApp;
  let force: TaskForce;
  let outsider: string;
  let outsiderId: string;
  /** Led by NCSHP, with CBP and WCSO taking part; window 2027-03-01 06:00 to 18:00 UTC. */
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    const dpd = await t.createAgency('DPD', 'LOCAL');
    outsiderId = await t.createUser('planner@dpd.example', dpd, ['PLANNER']);
    outsider = await t.login('planner@dpd.example');
    planId = (await createPlan(t, force, { title: 'Operation Covered', agencyIds: [force.agencies.cbp, force.agencies.wcso] })).id;
  });
  afterAll(() => t.close());

  const upload = (id: string, body: Buffer, token: string | null, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/agreements/${id}/document`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('MOU signed – 2026.pdf'), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });
  const download = (id: string, headers: Record<string, string>) => fetch(`${t.url}/agreements/${id}/document`, { headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const accessLog = (agreementId: string, userId: string): Promise<Array<{ action: string; kind: string }>> =>
    t.db.query(`SELECT action, kind FROM agreement_access_log WHERE agreement_id = $1 AND user_id = $2 ORDER BY id`, [agreementId, userId]);

  describe('POST and GET /agreements/:id/document', () => {
    let agreementId: string;
    beforeAll(async () => {
      agreementId = (await createAgreement(t, force, { title: 'Documented MOU' })).id;
    });

    it('stores a real PDF (ADMIN), records DOCUMENT_UPLOADED, and gives it back as an attachment, access-logged', async () => {
      const pdf = tinyPdf();
      const response = await upload(agreementId, pdf, force.tokens.ncshpAdmin);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ documentName: 'MOU signed – 2026.pdf' });
      const { agreement } = await gqlData(t, AGREEMENT, { id: agreementId }, force.tokens.oversight);
      expect(agreement.documentName).toBe('MOU signed – 2026.pdf');
      expect(agreement.history.at(-1)).toMatchObject({ kind: 'DOCUMENT_UPLOADED', field: 'document', before: null, by: { id: force.users.ncshpAdmin } });
      expect(agreement.history.at(-1).after).toMatch(/^MOU signed – 2026\.pdf \(SHA-256 [0-9a-f]{64}\)$/);

      const got = await download(agreementId, bearer(force.tokens.cbpPlanner));
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('content-disposition')).toBe(`attachment; filename="MOU signed _ 2026.pdf"; filename*=UTF-8''${encodeURIComponent('MOU signed – 2026.pdf')}`);
      expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
      expect(await accessLog(agreementId, force.users.cbpPlanner)).toEqual([{ action: 'EXPORT', kind: 'document' }]);
    });

    it('answers the browser session cookie like the exports do', async () => {
      const got = await download(agreementId, { cookie: `jointops_session=${force.tokens.oversight}` });
      expect(got.status).toBe(200);
      expect(await download(agreementId, {})).toHaveProperty('status', 401);
    });

    it('replaces the document with a new upload, keeping both in the history', async () => {
      const response = await upload(agreementId, tinyPdf(), force.tokens.ncshpAdmin, { 'x-file-name': 'amended.pdf' });
      expect(response.status).toBe(200);
      const { agreement } = await gqlData(t, AGREEMENT, { id: agreementId }, force.tokens.ncshpAdmin);
      expect(agreement.documentName).toBe('amended.pdf');
      expect(agreement.history.filter((entry: { kind: string }) => entry.kind === 'DOCUMENT_UPLOADED')).toHaveLength(2);
      expect(agreement.history.at(-1).before).toBe('MOU signed – 2026.pdf');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM agreement_documents WHERE agreement_id = $1`, [agreementId])).toEqual([{ n: 1 }]);
    });

    it.each([
      ['bytes that are not a PDF, whatever the declared type', Buffer.from('\x89PNG\r\n\x1a\n not a pdf', 'latin1'), {}, 400],
      ['an empty body', Buffer.alloc(0), {}, 400],
      ['a PDF sent as another type', tinyPdf(), { 'content-type': 'text/plain' }, 415],
    ])('refuses %s, naming the field document, and writes nothing', async (_, body, headers, status) => {
      const before = await agreementsFootprint(t);
      const response = await upload(agreementId, body, force.tokens.ncshpAdmin, headers);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', field: 'document', message: 'The signed document must be a PDF file.' });
      expect(await agreementsFootprint(t)).toEqual(before);
    });

    it('refuses a document over 20 MB with 413, naming the field, and writes nothing', async () => {
      const before = await agreementsFootprint(t);
      const big = Buffer.concat([tinyPdf(), Buffer.alloc(AGREEMENT_DOCUMENT_MAX_BYTES)]);
      const response = await upload(agreementId, big, force.tokens.ncshpAdmin);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', field: 'document', message: 'The signed document must be at most 20 MB.' });
      expect(await agreementsFootprint(t)).toEqual(before);
    });

    it('lets only ADMIN upload, and answers 404 for an unknown agreement and 409 for a terminated one', async () => {
      const before = await agreementsFootprint(t);
      for (const token of [force.tokens.oversight, force.tokens.ncshpLead]) expect((await upload(agreementId, tinyPdf(), token)).status).toBe(403);
      expect((await upload(agreementId, tinyPdf(), null)).status).toBe(401);
      expect((await upload(MISSING_ID, tinyPdf(), force.tokens.ncshpAdmin)).status).toBe(404);
      expect(await agreementsFootprint(t)).toEqual(before);
      const ended = await createAgreement(t, force, { title: 'Ended before signing' });
      await gqlData(t, TERMINATE_AGREEMENT, { id: ended.id, v: 1, reason: 'Never signed' }, force.tokens.ncshpAdmin);
      const response = await upload(ended.id, tinyPdf(), force.tokens.ncshpAdmin);
      expect(response.status).toBe(409);
      expect(((await response.json()) as { code: string }).code).toBe('INVALID_STATE');
    });

    it('answers 404 to one who may not read the agreement (as for one that does not exist), and logs the refusal', async () => {
      const response = await download(agreementId, bearer(outsider));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect(await accessLog(agreementId, outsiderId)).toEqual([{ action: 'DENIED', kind: 'document' }]);
      expect((await download(MISSING_ID, bearer(force.tokens.ncshpAdmin))).status).toBe(404);
      expect((await download('not-an-id', bearer(force.tokens.ncshpAdmin))).status).toBe(404);
    });
  });

  describe('Plan.agreements', () => {
    const titles = async (id: string, token: string) =>
      ((await gqlData(t, PLAN_AGREEMENTS, { id }, token)).plan.agreements as Array<{ title: string }>).map((a) => a.title).filter((title) => title.startsWith('Matrix:')).sort();

    beforeAll(async () => {
      const cbp = [force.agencies.ncshp, force.agencies.cbp];
      const make = (title: string, overrides: Record<string, unknown>) => createAgreement(t, force, { title: `Matrix: ${title}`, agencyIds: cbp, ...overrides });
      await make('starts before, open-ended', { effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: null });
      await make('starts before, ends during', { effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: '2027-03-01T12:00:00Z' });
      await make('starts during', { effectiveFrom: '2027-03-01T12:00:00Z', expiresOn: null });
      await make('ends just before', { effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: '2027-03-01T05:59:59.999Z' });
      await make('starts just after', { effectiveFrom: '2027-03-01T18:00:00.001Z', expiresOn: null });
      await make('lead and a non-participant', { agencyIds: [force.agencies.ncshp, force.agencies.oversight], expiresOn: null });
      await make('participants without the lead', { agencyIds: [force.agencies.cbp, force.agencies.wcso], expiresOn: null });
      const midWindow = await make('terminated mid-window', { effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: null });
      const before = await make('terminated before the window', { effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: null });
      await asAt(t, '2027-03-01T12:00:00Z', () => gqlData(t, TERMINATE_AGREEMENT, { id: midWindow.id, v: 1, reason: 'Mid-window' }, force.tokens.ncshpAdmin));
      await asAt(t, '2027-02-01T00:00:00Z', () => gqlData(t, TERMINATE_AGREEMENT, { id: before.id, v: 1, reason: 'Before' }, force.tokens.ncshpAdmin));
    });

    it('lists the agreements between the lead and another participating agency in force at some moment of the window', async () => {
      expect(await titles(planId, force.tokens.ncshpPlanner)).toEqual(
        ['Matrix: starts before, ends during', 'Matrix: starts before, open-ended', 'Matrix: starts during', 'Matrix: terminated mid-window'].sort(),
      );
    });

    it("without a window, lists those in force now (the server's Clock)", async () => {
      const open = await createPlan(t, force, { title: 'Operation Undated', startsAt: null, endsAt: null });
      expect(await asAt(t, '2027-06-01T00:00:00Z', () => titles(open.id, force.tokens.ncshpPlanner))).toEqual(
        ['Matrix: starts before, open-ended', 'Matrix: starts during', 'Matrix: starts just after'].sort(),
      );
    });

    it("is read by the plan's members, including those of agencies that are no party, who then read the agreement and its document", async () => {
      const { plan } = await gqlData(t, PLAN_AGREEMENTS, { id: planId }, force.tokens.wcsoPlanner);
      const covering = plan.agreements.find((a: { title: string }) => a.title === 'Matrix: starts before, open-ended');
      expect(covering.dataSharingTerms).toMatch(/Plate reads/);
      expect((await gqlData(t, AGREEMENT, { id: covering.id }, force.tokens.wcsoPlanner)).agreement).toMatchObject({ id: covering.id });
      expect((await upload(covering.id, tinyPdf(), force.tokens.ncshpAdmin)).status).toBe(200);
      expect((await download(covering.id, bearer(force.tokens.wcsoPlanner))).status).toBe(200);
      // An outsider reads neither the plan nor the agreement.
      expect((await gqlData(t, PLAN_AGREEMENTS, { id: planId }, outsider)).plan).toBeNull();
      expect((await gqlData(t, AGREEMENT, { id: covering.id }, outsider)).agreement).toBeNull();
      expect((await download(covering.id, bearer(outsider))).status).toBe(404);
    });

    it('loads the agreements of many plans in one query', async () => {
      const others = [await createPlan(t, force, { title: 'Operation Batch 1' }), await createPlan(t, force, { title: 'Operation Batch 2' })];
      const { result: plans, statements } = await statementsDuring(async () => (await gqlData(t, `{ plans(first: 10) { edges { node { id agreements { id } } } } }`, {}, force.tokens.ncshpPlanner)).plans);
      expect(plans.edges.length).toBeGreaterThanOrEqual(others.length + 1);
      expect(statements.filter((sql) => sql.includes('JOIN agreements a'))).toHaveLength(1);
    });
  });
});
