import { AGREEMENT_MESSAGES } from '@jointops/domain';
import { AGREEMENT, AGREEMENTS, agreementInput, agreementsFootprint, CREATE_AGREEMENT, createAgreement, TERMINATE_AGREEMENT, UPDATE_AGREEMENT } from './support/agreements';
import { changesSince, createPlan, errorOf, gqlData, MISSING_ID, planHead, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

describe('agreements: create, update, terminate, history and who reads them', () => {
  let t: TestApp;
  let force: TaskForce;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    admin = force.tokens.ncshpAdmin;
  });
  afterAll(() => t.close());

  /** The operation must fail with `code` (and `field`), writing nothing. */
  async function refused(query: string, variables: Record<string, unknown>, token: string, code: string, field?: string) {
    const before = await agreementsFootprint(t);
    const error = errorOf(await t.gql(query, variables, token));
    expect(error.extensions).toMatchObject(field ? { code, field } : { code });
    expect(await agreementsFootprint(t)).toEqual(before);
    return error;
  }

  describe('createAgreement', () => {
    it('creates an agreement with its parties, scope and terms, and records CREATED by whom', async () => {
      const agreement = await createAgreement(t, force);
      expect(agreement).toMatchObject({
        title: 'I-40 corridor task-force MOU',
        kind: 'MOU',
        version: 1,
        scope: ['CHECKPOINT', 'CARGO_INSPECTION'],
        effectiveFrom: '2026-01-01T00:00:00.000Z',
        expiresOn: '2028-12-31T23:59:59.999Z',
        terminatedAt: null,
        documentName: null,
      });
      expect(agreement.agencies.map((a: { id: string }) => a.id).sort()).toEqual([force.agencies.ncshp, force.agencies.cbp].sort());
      expect(agreement.history).toEqual([expect.objectContaining({ kind: 'CREATED', by: { id: force.users.ncshpAdmin }, reason: null })]);
    });

    it.each([
      ['fewer than two parties', { agencyIds: ['NCSHP'] }, 'input.agencyIds'],
      ['the same party twice', { agencyIds: ['NCSHP', 'NCSHP'] }, 'input.agencyIds'],
      ['a party that does not exist', { agencyIds: ['NCSHP', MISSING_ID] }, 'input.agencyIds'],
      ['a party id that is no id', { agencyIds: ['NCSHP', 'not-an-id'] }, 'input.agencyIds'],
      ['an expiry before its start', { effectiveFrom: '2027-06-01T00:00:00Z', expiresOn: '2027-05-31T23:59:59Z' }, 'input.expiresOn'],
      ['an empty scope', { scope: [] }, 'input.scope'],
      ['a blank title', { title: '   ' }, 'input.title'],
      ['blank data-sharing terms', { dataSharingTerms: ' ' }, 'input.dataSharingTerms'],
      ['data-sharing terms past the limit', { dataSharingTerms: 'x'.repeat(20_001) }, 'input.dataSharingTerms'],
      ['blank reporting requirements', { reportingRequirements: '' }, 'input.reportingRequirements'],
    ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field) => {
      const ids = (overrides as { agencyIds?: string[] }).agencyIds?.map((id) => (id === 'NCSHP' ? force.agencies.ncshp : id));
      const input = agreementInput(force, { ...overrides, ...(ids ? { agencyIds: ids } : {}) });
      const error = await refused(CREATE_AGREEMENT, { input }, admin, 'BAD_USER_INPUT', field);
      if (field === 'input.agencyIds') expect(error.message).toMatch(ids?.includes(MISSING_ID) || ids?.includes('not-an-id') ? AGREEMENT_MESSAGES.unknownParty : AGREEMENT_MESSAGES.parties);
    });

    it.each(['ncshpLead', 'ncshpPlanner', 'oversight', 'cbpLead'] as const)('is for ADMIN only: %s is refused with FORBIDDEN', async (who) => {
      await refused(CREATE_AGREEMENT, { input: agreementInput(force) }, force.tokens[who], 'FORBIDDEN');
    });
  });

  describe('updateAgreement', () => {
    it('changes the fields given, raises the version and records one history row per changed field with before, after, who and why', async () => {
      const created = await createAgreement(t, force, { title: 'Draft MOU' });
      const patch = { title: 'Signed MOU', dataSharingTerms: 'Only plate reads, kept 14 days.', reportingRequirements: created.reportingRequirements, expiresOn: '2029-06-30T23:59:59.999Z' };
      const { updateAgreement: updated } = await gqlData(t, UPDATE_AGREEMENT, { id: created.id, v: 1, patch, reason: 'Counsel review' }, admin);
      expect(updated).toMatchObject({ title: 'Signed MOU', version: 2, dataSharingTerms: 'Only plate reads, kept 14 days.', expiresOn: '2029-06-30T23:59:59.999Z' });
      const updates = updated.history.filter((entry: { kind: string }) => entry.kind === 'UPDATED');
      // The unchanged reporting requirements make no row.
      expect(updates).toEqual([
        expect.objectContaining({ field: 'title', before: 'Draft MOU', after: 'Signed MOU', reason: 'Counsel review', by: { id: force.users.ncshpAdmin } }),
        expect.objectContaining({ field: 'dataSharingTerms', before: created.dataSharingTerms, after: 'Only plate reads, kept 14 days.', reason: 'Counsel review' }),
        expect.objectContaining({ field: 'expiresOn', before: '2028-12-31T23:59:59.999Z', after: '2029-06-30T23:59:59.999Z', reason: 'Counsel review' }),
      ]);
      expect(updated.history[0].kind).toBe('CREATED');
    });

    it('answers CONFLICT with the current version for a stale expectedVersion, writing nothing', async () => {
      const created = await createAgreement(t, force);
      await gqlData(t, UPDATE_AGREEMENT, { id: created.id, v: 1, patch: { title: 'First' }, reason: 'First edit' }, admin);
      const error = await refused(UPDATE_AGREEMENT, { id: created.id, v: 1, patch: { title: 'Second' }, reason: 'Late edit' }, admin, 'CONFLICT');
      expect(error.extensions).toMatchObject({ currentVersion: 2, current: { id: created.id, title: 'First', version: 2 } });
    });

    it.each([
      ['a blank reason', { title: 'New' }, '  ', 'reason'],
      ['an expiry before the effective date', { expiresOn: '2025-12-31T00:00:00Z' }, 'Shortened', 'patch.expiresOn'],
      ['an empty scope', { scope: [] }, 'Narrowed', 'patch.scope'],
      ['a blank title', { title: '' }, 'Renamed', 'patch.title'],
    ])('refuses %s, naming the field, and writes nothing', async (_, patch, reason, field) => {
      const created = await createAgreement(t, force);
      await refused(UPDATE_AGREEMENT, { id: created.id, v: 1, patch, reason }, admin, 'BAD_USER_INPUT', field);
    });

    it('answers NOT_FOUND for an unknown agreement and FORBIDDEN to anyone but ADMIN', async () => {
      await refused(UPDATE_AGREEMENT, { id: MISSING_ID, v: 1, patch: { title: 'X' }, reason: 'Why' }, admin, 'NOT_FOUND');
      const created = await createAgreement(t, force);
      await refused(UPDATE_AGREEMENT, { id: created.id, v: 1, patch: { title: 'X' }, reason: 'Why' }, force.tokens.oversight, 'FORBIDDEN');
      await refused(UPDATE_AGREEMENT, { id: created.id, v: 1, patch: { title: 'X' }, reason: 'Why' }, force.tokens.cbpLead, 'FORBIDDEN');
    });
  });

  describe('terminateAgreement', () => {
    it('needs a reason, ends the agreement now, records TERMINATED, and is final', async () => {
      const created = await createAgreement(t, force);
      await refused(TERMINATE_AGREEMENT, { id: created.id, v: 1, reason: ' ' }, admin, 'BAD_USER_INPUT', 'reason');
      const { terminateAgreement: ended } = await gqlData(t, TERMINATE_AGREEMENT, { id: created.id, v: 1, reason: 'CBP withdrew from the task force' }, admin);
      expect(ended).toMatchObject({ version: 2, activeOn: false, terminatedAt: expect.any(String) });
      expect(ended.history.at(-1)).toMatchObject({ kind: 'TERMINATED', reason: 'CBP withdrew from the task force', by: { id: force.users.ncshpAdmin }, after: ended.terminatedAt });
      await refused(TERMINATE_AGREEMENT, { id: created.id, v: 2, reason: 'Again' }, admin, 'INVALID_STATE');
      await refused(UPDATE_AGREEMENT, { id: created.id, v: 2, patch: { title: 'Revived' }, reason: 'Try' }, admin, 'INVALID_STATE');
      await refused(TERMINATE_AGREEMENT, { id: MISSING_ID, v: 1, reason: 'Why' }, admin, 'NOT_FOUND');
    });

    it('is for ADMIN only', async () => {
      const created = await createAgreement(t, force);
      await refused(TERMINATE_AGREEMENT, { id: created.id, v: 1, reason: 'Why' }, force.tokens.oversight, 'FORBIDDEN');
    });
  });

  describe('who reads agreements', () => {
    let ncshpCbp: string;
    let ncshpWcso: string;
    let lapsed: string;

    beforeAll(async () => {
      ncshpCbp = (await createAgreement(t, force, { title: 'Readers: NCSHP and CBP' })).id;
      ncshpWcso = (await createAgreement(t, force, { title: 'Readers: NCSHP and WCSO', agencyIds: [force.agencies.ncshp, force.agencies.wcso] })).id;
      lapsed = (await createAgreement(t, force, { title: 'Readers: lapsed', effectiveFrom: '2020-01-01T00:00:00Z', expiresOn: '2021-01-01T00:00:00Z' })).id;
    });

    const listed = async (token: string, variables: Record<string, unknown> = {}) =>
      ((await gqlData(t, AGREEMENTS, variables, token)).agreements as Array<{ id: string; title: string }>).filter((a) => a.title.startsWith('Readers:')).map((a) => a.id);

    it('lists every agreement for ADMIN and OVERSIGHT', async () => {
      for (const token of [admin, force.tokens.oversight]) expect((await listed(token)).sort()).toEqual([ncshpCbp, ncshpWcso, lapsed].sort());
    });

    it('lists only the agreements their agency is party to for anyone else', async () => {
      expect((await listed(force.tokens.cbpPlanner)).sort()).toEqual([ncshpCbp, lapsed].sort());
      expect(await listed(force.tokens.wcsoPlanner)).toEqual([ncshpWcso]);
      expect((await listed(force.tokens.ncshpOfficer)).sort()).toEqual([ncshpCbp, ncshpWcso, lapsed].sort());
      // Another agency's id narrows within what one reads: the agreements between the two.
      expect(await listed(force.tokens.cbpPlanner, { agencyId: force.agencies.wcso })).toEqual([]);
      expect(await listed(force.tokens.wcsoPlanner, { agencyId: force.agencies.ncshp })).toEqual([ncshpWcso]);
    });

    it('filters by party and by the day they are in force on', async () => {
      expect((await listed(admin, { agencyId: force.agencies.wcso }))).toEqual([ncshpWcso]);
      expect((await listed(admin, { activeOn: '2027-01-01T00:00:00Z' })).sort()).toEqual([ncshpCbp, ncshpWcso].sort());
      expect(await listed(admin, { activeOn: '2020-06-01T00:00:00Z' })).toEqual([lapsed]);
      expect(await listed(admin, { agencyId: 'not-an-id' })).toEqual([]);
    });

    it('answers agreement(id) to ADMIN, OVERSIGHT and party members, and null to others (as for one that does not exist)', async () => {
      for (const token of [admin, force.tokens.oversight, force.tokens.cbpPlanner, force.tokens.ncshpOfficer]) {
        expect((await gqlData(t, AGREEMENT, { id: ncshpCbp }, token)).agreement).toMatchObject({ id: ncshpCbp, history: [expect.objectContaining({ kind: 'CREATED' })] });
      }
      expect((await gqlData(t, AGREEMENT, { id: ncshpCbp }, force.tokens.wcsoPlanner)).agreement).toBeNull();
      expect((await gqlData(t, AGREEMENT, { id: MISSING_ID }, admin)).agreement).toBeNull();
      expect((await gqlData(t, AGREEMENT, { id: 'nope' }, admin)).agreement).toBeNull();
    });

    it('tells whether an agreement is in force on a day', async () => {
      const query = `query($id: ID!) { agreement(id: $id) { before: activeOn(at: "2025-12-31T23:59:59Z") first: activeOn(at: "2026-01-01T00:00:00Z") last: activeOn(at: "2028-12-31T23:59:59.999Z") after: activeOn(at: "2029-01-01T00:00:00Z") } }`;
      expect((await gqlData(t, query, { id: ncshpCbp }, admin)).agreement).toEqual({ before: false, first: true, last: true, after: false });
    });
  });

  describe('readiness', () => {
    it('announces READINESS_CHANGED on a draft plan of a party agency for each change, keeping its revision and content hash', async () => {
      const plan = await createPlan(t, force, { title: 'Operation Readiness Watch' });
      const token = force.tokens.ncshpPlanner;
      const before = await planHead(t, plan.id, token);
      const created = await createAgreement(t, force, { title: 'Announced MOU' });
      await gqlData(t, UPDATE_AGREEMENT, { id: created.id, v: 1, patch: { scope: ['CHECKPOINT'] }, reason: 'Narrowed' }, admin);
      await gqlData(t, TERMINATE_AGREEMENT, { id: created.id, v: 2, reason: 'Ended' }, admin);
      const { head, events } = await changesSince(t, plan.id, before, token);
      expect(events.map((event) => event.type)).toEqual(['READINESS_CHANGED', 'READINESS_CHANGED', 'READINESS_CHANGED']);
      expect(head).toMatchObject({ revision: before.revision, contentHash: before.contentHash, lastSeq: before.lastSeq + 3 });
    });

    it('announces nothing for an update that changes nothing', async () => {
      const plan = await createPlan(t, force, { title: 'Operation Quiet' });
      const created = await createAgreement(t, force);
      const before = await planHead(t, plan.id, force.tokens.ncshpPlanner);
      const { updateAgreement: same } = await gqlData(t, UPDATE_AGREEMENT, { id: created.id, v: 1, patch: { title: created.title }, reason: 'No-op' }, admin);
      expect(same.version).toBe(1);
      expect((await changesSince(t, plan.id, before, force.tokens.ncshpPlanner)).events).toEqual([]);
    });
  });
});
