import { approvedPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { pdfText } from './support/pdf-read';
import { startTestApp, type TestApp } from './support/test-app';

/** GET /export/transparency.pdf (issue 13, item 10): the exact figures as a PDF, for oversight only. */

const REPORT = `query($from: DateTime!, $to: DateTime!) { transparencyReport(from: $from, to: $to) { operations byStatus { status count } correctiveActionsOpen } }`;

describe('transparency report PDF', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    await approvedPlan(t, force, { title: 'Operation Counted' });
  });
  afterAll(() => t.close());

  const get = (query: string, token?: string) => fetch(`${t.url}/export/transparency.pdf${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('gives oversight the same figures as transparencyReport, stating the period', async () => {
    const response = await get('?from=2027-01-01&to=2027-12-31', force.tokens.oversight);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="transparency-report-2027-01-01-to-2027-12-31.pdf"');
    const text = pdfText(await response.arrayBuffer());
    const report = (await gqlData(t, REPORT, { from: '2027-01-01T00:00:00.000Z', to: '2027-12-31T23:59:59.999Z' }, force.tokens.oversight)).transparencyReport;
    expect(report.operations).toBeGreaterThan(0);
    expect(text).toContain('Transparency report');
    expect(text).toContain('Figures for Jan 1, 2027 – Dec 31, 2027');
    for (const heading of ['Key figures', 'Operations by status', 'Incidents by type', 'Use of force']) expect(text).toContain(heading);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(new RegExp(`Operations ${report.operations}\\b`));
    const approved = report.byStatus.find((row: { status: string }) => row.status === 'APPROVED').count;
    expect(flat).toMatch(new RegExp(`Approved ${approved}\\b`));
    expect(text).not.toContain('Operation Counted');
  });

  it('refuses anyone but oversight (403), without a session (401), and a period that is not one (400)', async () => {
    expect((await get('?from=2027-01-01&to=2027-12-31', force.tokens.ncshpLead)).status).toBe(403);
    expect((await get('?from=2027-01-01&to=2027-12-31', force.tokens.ncshpAdmin)).status).toBe(403);
    expect((await get('?from=2027-01-01&to=2027-12-31')).status).toBe(401);
    for (const query of ['?from=2027-12-31&to=2027-01-01', '?from=2027-02-30&to=2027-03-01', '?from=yesterday&to=2027-03-01', '']) {
      const response = await get(query, force.tokens.oversight);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).not.toBe('application/pdf');
    }
  });
});
