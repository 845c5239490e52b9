import { formatInZone } from '@jointops/domain';
import { activePlan, closeOperation, SAVE_DEBRIEF, SUBMIT_DEBRIEF } from './support/operation';
import { approvedPlan, createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { pdfPages } from './support/pdf-read';
import { startTestApp, type TestApp } from './support/test-app';


const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');
const lines = (page: string) => page.split('\n').map((line) => line.trim());

describe('PDF exports: time zones, draft watermark, readiness table', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const pdf = async (path: string, token: string) => {
    const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return pdfPages(await response.arrayBuffer());
  };

  /** A draft plan with a 6:00 AM briefing on 17 April 2027 (10:00Z, daylight time in New York). */
  async function briefingPlan(title: string, timeZone?: string): Promise<string> {
    const plan = await createPlan(t, force, { title, startsAt: '2027-04-17T10:00:00Z', endsAt: '2027-04-17T22:00:00Z', ...(timeZone ? { timeZone } : {}) });
    await gqlData(
      t,
      `mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Joint briefing", phase: BRIEFING, startsAt: "2027-04-17T10:00:00Z", endsAt: "2027-04-17T11:00:00Z" }) { id } }`,
      { p: plan.id },
      force.tokens.ncshpPlanner,
    );
    return plan.id;
  }

  it('prints the 6:00 AM Eastern briefing as 06:00 EDT (not 10:00 UTC), and names the zone', async () => {
    const text = flat(await pdf(`/export/plans/${await briefingPlan('Operation Dawn Briefing')}/plan.pdf`, force.tokens.ncshpPlanner));
    expect(text).toContain('Window: 2027-04-17 06:00 EDT to 2027-04-17 18:00 EDT');
    expect(text).toContain('Joint briefing');
    expect(text).toContain('2027-04-17 06:00 EDT 2027-04-17 07:00 EDT');
    expect(text).toContain("All times are in the plan's time zone: Eastern (America/New_York).");
    expect(text).not.toMatch(/\bUTC\b/);
  });

  it('prints a Chicago plan in Central time', async () => {
    const text = flat(await pdf(`/export/plans/${await briefingPlan('Operation Lakeshore', 'America/Chicago')}/plan.pdf`, force.tokens.ncshpPlanner));
    expect(text).toContain('2027-04-17 05:00 CDT 2027-04-17 06:00 CDT');
    expect(text).toContain('Central (America/Chicago)');
  });

  it('marks every page of a draft plan DRAFT and lists its blockers as a table after the summary', async () => {
    const planId = await briefingPlan('Operation Draft Mark');
    // Enough content for more than one page.
    for (let i = 1; i <= 12; i++) {
      await gqlData(t, `mutation($p: ID!, $title: String!) { addObjective(planId: $p, input: { title: $title, description: "${'Hold the corridor open and report every closure. '.repeat(6)}" }) { id } }`, { p: planId, title: `Objective ${i}` }, force.tokens.ncshpPlanner);
    }
    const pages = await pdf(`/export/plans/${planId}/plan.pdf`, force.tokens.ncshpPlanner);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(lines(page)).toContain('DRAFT');

    const blockers = (await gqlData(t, `query($id: ID!) { plan(id: $id) { readiness { blockers { message } } } }`, { id: planId }, force.tokens.ncshpPlanner)).plan.readiness.blockers;
    expect(blockers.length).toBeGreaterThan(10);
    const text = flat(pages);
    const summary = text.indexOf('1. Situation and mission');
    const readiness = text.indexOf('Readiness');
    expect(summary).toBeGreaterThan(-1);
    expect(readiness).toBeGreaterThan(summary);
    expect(readiness).toBeLessThan(text.indexOf('2. Objectives'));
    expect(text).toContain(`${blockers.length} blockers stop this plan from going to review: # Blocker`);
    // One numbered row per blocker, in order, not one paragraph.
    let from = readiness;
    blockers.forEach((blocker: { message: string }, index: number) => {
      const row = text.indexOf(`${index + 1} ${blocker.message.replace(/\s+/g, ' ')}`, from);
      expect(row).toBeGreaterThan(from);
      from = row;
    });
    expect(text).not.toMatch(/Readiness: \d+ blocker\(s\)/);
  }, 60_000);

  it('prints no watermark on an approved plan', async () => {
    const plan = await approvedPlan(t, force, { title: 'Operation No Mark' });
    const pages = await pdf(`/export/plans/${plan.id}/plan.pdf`, force.tokens.ncshpPlanner);
    for (const page of pages) expect(lines(page)).not.toContain('DRAFT');
    expect(flat(pages)).toContain('Approved by every participating agency: the plan can be activated.');
  });

  it('prints after-action times in the plan’s zone, as the report page shows them', async () => {
    const { planId, objectiveId } = await activePlan(t, force, { title: 'Operation Report Zone' });
    // An incident an hour into the operation window (the server refuses one more than 12 hours outside it).
    const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { startsAt } }`, { id: planId }, force.tokens.ncshpLead);
    const occurredAt = new Date(Date.parse(plan.startsAt) + 3_600_000);
    occurredAt.setUTCSeconds(0, 0);
    const input = { outcomes: [{ objectiveId, outcome: 'MET' }], incidents: [{ type: 'CIVIL_RIGHTS_COMPLAINT', occurredAt: occurredAt.toISOString(), description: 'A driver asked for a supervisor.' }] };
    const saved = (await gqlData(t, SAVE_DEBRIEF, { p: planId, input }, force.tokens.cbpPlanner)).saveDebrief;
    await gqlData(t, SUBMIT_DEBRIEF, { id: saved.id, v: saved.version }, force.tokens.cbpPlanner);
    await closeOperation(t, force, planId);
    const text = flat(await pdf(`/export/plans/${planId}/after-action.pdf`, force.tokens.ncshpLead));
    const shown = formatInZone(occurredAt, 'America/New_York', 'iso');
    expect(shown).toMatch(/ E[SD]T$/);
    expect(text).toContain(shown);
    expect(text).toContain("All times are in the plan's time zone: Eastern (America/New_York).");
    expect(text).not.toMatch(/\bUTC\b/);
  }, 60_000);
});
