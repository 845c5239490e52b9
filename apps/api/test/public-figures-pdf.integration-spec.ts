import { COMPLAINT_STATUS_LABELS } from '@jointops/domain';
import { recordComplaints } from './support/complaint-rows';
import { activePlan } from './support/operation';
import { pdfText } from './support/pdf-read';
import { seedTaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/** GET /transparency/:year/report.pdf (issue 17, item 4): the annual report of the published figures, for anyone. */

const STATUSES = `query($q: Int) { publicTransparency(year: 2026, quarter: $q) { complaintsByStatus { key count { value suppressed } } } }`;

describe('annual report of the published figures (PDF)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const force = await seedTaskForce(t);
    await activePlan(t, force, { title: 'Operation Never Printed', startsAt: '2026-05-05T06:00:00Z', endsAt: '2026-05-05T18:00:00Z' });
    // Complaints of the second and third quarters.
    for (const [count, status, receivedAt] of [
      [9, 'RECEIVED', '2026-05-15T12:00:00Z'],
      [3, 'UNDER_REVIEW', '2026-05-15T12:00:00Z'],
      [6, 'REFERRED', '2026-05-16T12:00:00Z'],
      [5, 'RECEIVED', '2026-08-15T12:00:00Z'],
      [1, 'REFERRED', '2026-08-16T12:00:00Z'],
    ] as const) {
      await recordComplaints(t, count, { status, receivedAt });
    }
  }, 120_000);
  afterAll(() => t.close());

  const get = (year: string) => fetch(`${t.url}/transparency/${year}/report.pdf`);

  it('gives anyone, without signing in, the suppressed figures of the year and of each quarter, saying how counts are suppressed', async () => {
    const response = await get('2026');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="jointops-published-figures-2026.pdf"');
    const text = pdfText(await response.arrayBuffer());
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('JointOps published figures 2026: report for the General Assembly');
    for (const heading of ['What counts', 'How counts are suppressed', 'Key figures', 'Operations by type', 'Operations by status', 'Incidents by type', 'Complaints by category', 'Complaints by status', 'Agencies that took part in 2026']) {
      expect(flat).toContain(heading);
    }
    expect(flat).toContain('Every count under 5 is suppressed');
    // One operation: suppressed in the year and in every quarter.
    expect(flat).toMatch(/Operations suppressed suppressed suppressed suppressed suppressed/);
    // The same figures as publicTransparency, the year's and then each quarter's: complaints by status.
    const periods = await Promise.all([null, 1, 2, 3, 4].map(async (q) => (await t.gql(STATUSES, { q })).data!.publicTransparency.complaintsByStatus));
    const printed = (row: number) => periods.map((period) => period[row].count.value ?? 'suppressed').join(' ');
    expect(periods[0][0].count.value).toBe(14);
    expect(flat).toContain(`Received ${printed(0)}`);
    expect(flat).toContain(`Under review ${printed(1)}`);
    expect(flat).toContain(`${COMPLAINT_STATUS_LABELS.REFERRED} ${printed(2)}`);
    expect(flat).toContain('CBP agency (CBP)');
    expect(text).not.toContain('Operation Never Printed');
  });

  it('renders a report once for the same figures, and again when they change: anyone may ask for it as often as they like', async () => {
    // The renderer's pdfmake (a CommonJS singleton): each render creates one document.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const renders = jest.spyOn(require('pdfmake') as { createPdf(definition: object): unknown }, 'createPdf');
    try {
      // A second-quarter complaint more: received in the year goes from 14 to 15.
      await recordComplaints(t, 1, { status: 'RECEIVED', receivedAt: '2026-05-17T12:00:00Z' });
      const first = await get('2026');
      const again = await get('2026');
      expect([first.status, again.status]).toEqual([200, 200]);
      const [firstBytes, againBytes] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await again.arrayBuffer())];
      expect(renders).toHaveBeenCalledTimes(1);
      expect(againBytes.equals(firstBytes)).toBe(true);
      expect(pdfText(againBytes).replace(/\s+/g, ' ')).toMatch(/Received 15 /);

      await recordComplaints(t, 1, { status: 'RECEIVED', receivedAt: '2026-05-18T12:00:00Z' });
      const changed = pdfText(await (await get('2026')).arrayBuffer()).replace(/\s+/g, ' ');
      expect(renders).toHaveBeenCalledTimes(2);
      expect(changed).toMatch(/Received 16 /);
    } finally {
      renders.mockRestore();
    }
  });

  it('answers 400 naming the year for a year without published figures, and no PDF', async () => {
    for (const year of ['2025', String(new Date().getUTCFullYear() + 1), 'abcd', '0']) {
      const response = await get(year);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).not.toBe('application/pdf');
      expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
  });
});
