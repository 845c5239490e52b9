import { COMPLAINT_MAX_BODY_BYTES, normalizeTrackingCode, TRACKING_CODE_ALPHABET } from '@jointops/domain';
import { createHash, createHmac } from 'node:crypto';
import { Clock } from '../src/core/clock/clock';
import { ComplaintsRepository } from '../src/modules/complaints/complaints.repository';
import { asAt } from './support/clock';
import { COMPLAINT, COMPLAINT_STATUS, complaintFootprint, FILE_COMPLAINT, fileComplaint, nextAddress, post, postChunked } from './support/complaints';
import { activePlan } from './support/operation';
import { createPlan, gqlData, MISSING_ID, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The public side, filing (DESIGN.md section 8; docs/architecture.md#the-public-side): anyone files
 * a complaint without signing in and follows it by a tracking code of which only a hash is kept;
 * filings are limited per client address (5 an hour), which is kept only as a keyed hash for 30 days.
 * The server trusts the loopback proxy here, so each spec speaks from its own X-Forwarded-For.
 */
const KEY = 'complaints-spec-address-hash-key-0123456789';
const CODE = /^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){4}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest();
const hmac = (address: string) => createHmac('sha256', KEY).update(address).digest();

describe('filing a complaint without signing in', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp({ trustedProxies: ['loopback'], addressHashKey: KEY });
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('files without a session and answers a readable code of about 98 bits, of which only the SHA-256 is stored', async () => {
    const result = await fileComplaint(t);
    expect(result.errors).toBeUndefined();
    const { trackingCode, receivedAt } = result.data!.fileComplaint;
    expect(trackingCode).toMatch(CODE);
    expect(TRACKING_CODE_ALPHABET).not.toMatch(/[01ILOU]/);
    expect(20 * Math.log2(TRACKING_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(80);
    const characters = normalizeTrackingCode(trackingCode)!;
    const [row] = await t.db.query(`SELECT c.*, row_to_json(c)::text AS whole FROM complaints c WHERE tracking_hash = $1`, [sha256(characters)]);
    expect(row).toMatchObject({ category: 'USE_OF_FORCE', status: 'RECEIVED', location: COMPLAINT.location, description: COMPLAINT.description, contact: null, agency_id: null, plan_id: null, version: 1 });
    expect(row.received_at.toISOString()).toBe(receivedAt);
    const everything = JSON.stringify(await t.db.query(`SELECT (SELECT json_agg(c) FROM complaints c) AS c, (SELECT json_agg(h) FROM complaint_history h) AS h, (SELECT json_agg(f) FROM complaint_filings f) AS f`));
    expect(everything).not.toContain(characters);
    expect(everything).not.toContain(trackingCode);
    // The filing is the first entry of its history: no one, no changes.
    expect(await t.db.query(`SELECT actor_id, changes FROM complaint_history WHERE complaint_id = $1`, [row.id])).toEqual([{ actor_id: null, changes: {} }]);
  });

  it('gives every filing its own code', async () => {
    const codes = await Promise.all(Array.from({ length: 5 }, async () => (await fileComplaint(t)).data!.fileComplaint.trackingCode as string));
    expect(new Set(codes).size).toBe(5);
  });

  it('keeps the contact and the agency named, trimmed', async () => {
    const code = (await fileComplaint(t, { contact: '  maria@example.org ', agencyId: force.agencies.cbp, location: '  Exit 12  ' })).data!.fileComplaint.trackingCode;
    const [row] = await t.db.query(`SELECT contact, agency_id, location FROM complaints WHERE tracking_hash = $1`, [sha256(normalizeTrackingCode(code)!)]);
    expect(row).toEqual({ contact: 'maria@example.org', agency_id: force.agencies.cbp, location: 'Exit 12' });
  });

  it("keeps the language of the form it was filed with, for oversight to answer in; none when the client says none", async () => {
    const spanish = (await fileComplaint(t, { language: 'es' })).data!.fileComplaint.trackingCode;
    const unsaid = (await fileComplaint(t)).data!.fileComplaint.trackingCode;
    const languageOf = async (code: string) => (await t.db.query(`SELECT language FROM complaints WHERE tracking_hash = $1`, [sha256(normalizeTrackingCode(code)!)]))[0].language;
    expect(await languageOf(spanish)).toBe('es');
    expect(await languageOf(unsaid)).toBeNull();
    const [{ id }] = await t.db.query(`SELECT id FROM complaints WHERE tracking_hash = $1`, [sha256(normalizeTrackingCode(spanish)!)]);
    expect((await gqlData(t, `query($id: ID!) { complaint(id: $id) { language } }`, { id }, force.tokens.oversight)).complaint).toEqual({ language: 'es' });
  });

  it('looks the complaint up by its code, typed in any case, with spaces or without dashes; no session needed', async () => {
    const { trackingCode, receivedAt } = (await fileComplaint(t)).data!.fileComplaint;
    for (const typed of [trackingCode, trackingCode.toLowerCase(), trackingCode.replace(/-/g, ' '), trackingCode.replace(/-/g, '')]) {
      const result = await post(t, COMPLAINT_STATUS, { code: typed });
      expect(result.data?.complaintStatus).toEqual({ status: 'RECEIVED', receivedAt, updatedAt: receivedAt, outcome: null });
    }
  });

  it('answers null for an unknown code and for a malformed one, after a lookup all the same', async () => {
    const lookups = jest.spyOn(t.app.get(ComplaintsRepository), 'statusByTrackingHash');
    try {
      const unknown = 'K7QM-4XTA-9RCP-HW2N-3FJD';
      for (const code of [unknown, 'K7QM-4XTA', 'O0O0-I1I1-L1L1-UUUU-0000', '', 'x'.repeat(2000), "'; DROP TABLE complaints; --"]) {
        const result = await post(t, COMPLAINT_STATUS, { code });
        expect(result.errors).toBeUndefined();
        expect(result.data?.complaintStatus).toBeNull();
      }
      expect(lookups).toHaveBeenCalledTimes(6);
    } finally {
      lookups.mockRestore();
    }
  });

  describe('bad input: an error naming the field, and nothing written', () => {
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['a blank location', { location: '   ' }, 'input.location', /Say where it happened/],
      ['a blank description', { description: '' }, 'input.description', /Describe what happened/],
      ['a location over 300 characters', { location: 'x'.repeat(301) }, 'input.location', /at most 300/],
      ['a description over 5,000 characters', { description: 'x'.repeat(5001) }, 'input.description', /at most 5,000/],
      ['a contact over 300 characters', { contact: 'x'.repeat(301) }, 'input.contact', /at most 300/],
      ['an occurrence before 2000', { occurredAt: '1999-12-31T12:00:00Z' }, 'input.occurredAt', /from the year 2000/],
      ['an unknown agency', { agencyId: MISSING_ID }, 'input.agencyId', /Choose an agency from the list/],
      ['an agency id that is not an id', { agencyId: 'cbp' }, 'input.agencyId', /Choose an agency from the list/],
      ['a language the form does not speak', { language: 'fr' }, 'input.language', /English \(en\) or Spanish \(es\)/],
    ];
    it.each(cases)('%s', async (_name, input, field, message) => {
      const before = await complaintFootprint(t);
      const result = await fileComplaint(t, input);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await complaintFootprint(t)).toEqual(before);
    });

    it('a missing field or a category the form does not offer, refused by the schema with the field named', async () => {
      const before = await complaintFootprint(t);
      const missing = await post(t, FILE_COMPLAINT, { input: { category: 'DISCOURTESY', occurredAt: COMPLAINT.occurredAt, location: 'Exit 3' } }, { forwardedFor: nextAddress() });
      expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].message).toMatch(/description/);
      const category = await fileComplaint(t, { category: 'IMMIGRATION_STATUS' });
      expect(category.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(category.errors?.[0].message).toMatch(/category|ComplaintCategory/);
      const extra = await fileComplaint(t, { nationality: 'unknown' });
      expect(extra.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await complaintFootprint(t)).toEqual(before);
    });

    it('an occurrence after the server Clock’s now (a minute of skew forgiven)', async () => {
      const before = await complaintFootprint(t);
      const future = await asAt(t, '2026-03-01T12:00:00Z', () => fileComplaint(t, { occurredAt: '2026-03-01T14:00:00Z' }));
      expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occurredAt' });
      expect(future.errors?.[0].message).toMatch(/cannot be in the future/);
      expect(await complaintFootprint(t)).toEqual(before);
      const now = await asAt(t, '2026-03-01T12:00:00Z', () => fileComplaint(t, { occurredAt: '2026-03-01T12:00:30Z' }));
      expect(now.data?.fileComplaint.receivedAt).toBe('2026-03-01T12:00:00.000Z');
    });

    it('a body over 64 KiB without a session: 413 before it is parsed; with a session the fields are still capped', async () => {
      const before = await complaintFootprint(t);
      const huge = { ...COMPLAINT, description: 'x'.repeat(COMPLAINT_MAX_BODY_BYTES) };
      const anonymous = await post(t, FILE_COMPLAINT, { input: huge }, { forwardedFor: nextAddress() });
      expect(anonymous.httpStatus).toBe(413);
      // A token that names no session is no session: the same 413 (declared length, and chunked).
      const forged = await post(t, FILE_COMPLAINT, { input: huge }, { forwardedFor: nextAddress(), token: 'f'.repeat(43) });
      expect(forged.httpStatus).toBe(413);
      const chunked = await postChunked(t, JSON.stringify({ query: FILE_COMPLAINT, variables: { input: huge } }), 'f'.repeat(43));
      expect(chunked).toBe(413);
      // Under the limit, escaped characters included, a complaint at its caps goes through.
      const atCaps = await post(t, FILE_COMPLAINT, { input: { ...COMPLAINT, location: '\u0001'.repeat(300), description: '\u0001'.repeat(5000), contact: '\\'.repeat(300) } }, { forwardedFor: nextAddress() });
      expect(atCaps.errors).toBeUndefined();
      const signedIn = await post(t, FILE_COMPLAINT, { input: { ...huge, description: 'x'.repeat(200_000) } }, { forwardedFor: nextAddress(), token: force.tokens.ncshpOfficer });
      expect(signedIn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.description' });
      expect((await complaintFootprint(t)).complaints).toBe((before.complaints as number) + 1);
    });
  });

  describe('the rate limit: 5 filings an hour per client address', () => {
    it('refuses the 6th with RATE_LIMITED and the seconds until the oldest leaves the hour, writing nothing; then lets one through', async () => {
      const address = nextAddress();
      const start = Date.parse('2026-06-01T09:00:00Z');
      for (let i = 0; i < 5; i++) {
        const result = await asAt(t, new Date(start + i * 10 * 60_000), () => fileComplaint(t, {}, address));
        expect(result.errors).toBeUndefined();
      }
      const before = await complaintFootprint(t);
      const sixth = await asAt(t, new Date(start + 50 * 60_000), () => fileComplaint(t, {}, address));
      expect(sixth.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 600 });
      expect(sixth.data?.fileComplaint ?? null).toBeNull();
      expect(await complaintFootprint(t)).toEqual(before);
      const justBefore = await asAt(t, new Date(start + 60 * 60_000 - 1000), () => fileComplaint(t, {}, address));
      expect(justBefore.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
      // An hour after the first, one more is allowed.
      const later = await asAt(t, new Date(start + 60 * 60_000 + 1000), () => fileComplaint(t, {}, address));
      expect(later.errors).toBeUndefined();
    });

    it('leaves another address unaffected', async () => {
      const busy = nextAddress();
      for (let i = 0; i < 5; i++) expect((await fileComplaint(t, {}, busy)).errors).toBeUndefined();
      expect((await fileComplaint(t, {}, busy)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await fileComplaint(t, {}, nextAddress())).errors).toBeUndefined();
    });

    it('counts an IPv6 client by its /64', async () => {
      for (let i = 1; i <= 5; i++) expect((await fileComplaint(t, {}, `2001:db8:77:1::${i}`)).errors).toBeUndefined();
      expect((await fileComplaint(t, {}, '2001:db8:77:1:ffff::9')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await fileComplaint(t, {}, '2001:db8:77:2::1')).errors).toBeUndefined();
    });

    it('lets exactly 5 of 12 simultaneous filings from one address through, across two replicas on one database', async () => {
      const second = await startTestApp({ trustedProxies: ['loopback'], addressHashKey: KEY }, { sameDatabaseAs: t });
      try {
        const address = nextAddress();
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => fileComplaint(i % 2 ? second : t, {}, address)));
        const codes = results.map((result) => result.errors?.[0].extensions?.code ?? 'FILED');
        expect(codes.filter((code) => code === 'FILED')).toHaveLength(5);
        expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(7);
        const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM complaint_filings WHERE address_hash = $1`, [hmac(address)]);
        expect(count).toBe(5);
      } finally {
        await second.close();
      }
    });

    it('keeps the address only as HMAC-SHA256 under the server key', async () => {
      const address = '198.51.100.23';
      await fileComplaint(t, {}, address);
      const rows: Array<{ address_hash: Buffer }> = await t.db.query(`SELECT address_hash FROM complaint_filings WHERE address_hash = $1`, [hmac(address)]);
      expect(rows).toHaveLength(1);
      expect(rows[0].address_hash.equals(sha256(address))).toBe(false);
      expect(rows[0].address_hash.equals(createHmac('sha256', 'another-key').update(address).digest())).toBe(false);
      const dump = JSON.stringify(await t.db.query(`SELECT * FROM complaint_filings`)) + JSON.stringify(await t.db.query(`SELECT * FROM complaints`));
      expect(dump).not.toContain(address);
      const [columns] = await t.db.query(`SELECT string_agg(column_name, ',' ORDER BY column_name) AS names FROM information_schema.columns WHERE table_name = 'complaint_filings'`);
      expect(columns.names).toBe('address_hash,filed_at');
    });

    it('deletes filings older than 30 days (of any address) in the transaction of the next filing; no timer', async () => {
      const now = t.app.get(Clock).now().getTime();
      const day = 86_400_000;
      const [old, recent] = [hmac('192.0.2.1'), hmac('192.0.2.2')];
      await t.db.query(`INSERT INTO complaint_filings (address_hash, filed_at) VALUES ($1, $2), ($3, $4)`, [old, new Date(now - 31 * day), recent, new Date(now - 29 * day)]);
      const held = await t.db.query(`SELECT 1 FROM complaint_filings WHERE address_hash = $1`, [old]);
      expect(held).toHaveLength(1);
      expect((await fileComplaint(t)).errors).toBeUndefined();
      expect(await t.db.query(`SELECT 1 FROM complaint_filings WHERE address_hash = $1`, [old])).toEqual([]);
      expect(await t.db.query(`SELECT 1 FROM complaint_filings WHERE address_hash = $1`, [recent])).toHaveLength(1);
    });
  });

  describe('without a session', () => {
    it('publicAgencies lists the agencies that took part in an operation (ACTIVE, COMPLETED or CLOSED), by name', async () => {
      await activePlan(t, force, { title: 'Active corridor' });
      // WCSO takes part only in a draft: not an operation yet.
      await createPlan(t, force, { title: 'Draft with WCSO', agencyIds: [force.agencies.wcso] });
      const result = await post(t, `{ publicAgencies { id name shortName hasAgencyLead } }`, {});
      expect(result.errors).toBeUndefined();
      expect(result.data?.publicAgencies.map((agency: { shortName: string }) => agency.shortName)).toEqual(['CBP', 'NCSHP']);
      // Who leads an agency is no business of the public's.
      expect(result.data?.publicAgencies.map((agency: { hasAgencyLead: boolean | null }) => agency.hasAgencyLead)).toEqual([null, null]);
    });

    it('answers the three public operations with an ended or made-up token too, and nothing else', async () => {
      const fake = 'not-a-real-session-token';
      expect((await post(t, `{ publicAgencies { id } }`, {}, { token: fake })).errors).toBeUndefined();
      expect((await post(t, COMPLAINT_STATUS, { code: 'K7QM-4XTA-9RCP-HW2N-3FJD' }, { token: fake })).errors).toBeUndefined();
      expect((await post(t, FILE_COMPLAINT, { input: COMPLAINT }, { token: fake, forwardedFor: nextAddress() })).errors).toBeUndefined();
      for (const query of [`{ complaints { id } }`, `{ complaint(id: "${MISSING_ID}") { id } }`, `mutation { updateComplaint(id: "${MISSING_ID}", expectedVersion: 1, patch: { status: CLOSED }) { id } }`]) {
        expect((await post(t, query, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});

describe('filing without a trusted proxy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ trustedProxies: [], addressHashKey: KEY });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For: a client cannot get around the limit by writing another address in it', async () => {
    for (let i = 0; i < 5; i++) expect((await fileComplaint(t, {}, `198.18.0.${i + 1}`)).errors).toBeUndefined();
    const sixth = await fileComplaint(t, {}, '198.18.0.99');
    expect(sixth.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    // Counted as the peer (this test's loopback), never as what the header claimed.
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM complaint_filings WHERE address_hash = $1`, [hmac('127.0.0.1')]);
    expect(count).toBe(5);
  });
});
