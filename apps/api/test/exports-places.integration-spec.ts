import { formatCoordinates, PLACE_KIND_LABELS } from '@jointops/domain';
import { PLACES_HEADING } from '../src/modules/exports/places-section';
import { activePlan, closeOperation, SAVE_DEBRIEF, SUBMIT_DEBRIEF } from './support/operation';
import { createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { pdfInk, pdfPages } from './support/pdf-read';
import { startTestApp, type TestApp } from './support/test-app';


const flat = (text: string) => text.replace(/\s+/g, ' ');

const COMMAND_POST = { name: 'Command post Alpha', kind: 'COMMAND_POST', coordinates: [[-78.6382, 35.7796]], address: '512 N Salisbury St, Raleigh', notes: 'Enter from Lane St & show ID' };
const CHECKPOINT = { name: 'Checkpoint I-40 exit 289', kind: 'CHECKPOINT', coordinates: [[-78.5842, 35.7471]], address: '', notes: 'Two lanes <eastbound>' };
const ROUTE = { name: 'Route to Durham', kind: 'ROUTE', coordinates: [[-78.6382, 35.7796], [-78.7, 35.85], [-78.8, 35.9], [-78.8986, 35.994]], address: 'I-40 W / NC-147', notes: '' };

describe('Plan PDF: places (issue 20)', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const download = async (path: string, token = force.tokens.ncshpPlanner) => {
    const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return response.arrayBuffer();
  };
  const addPlace = async (planId: string, input: object): Promise<string> =>
    (await gqlData(t, `mutation($p: ID!, $input: PlaceInput!) { addPlace(planId: $p, input: $input) { id } }`, { p: planId, input }, force.tokens.ncshpPlanner)).addPlace.id;

  it('adds a map page and the places table; roles and timeline events name their place', async () => {
    const plan = await createPlan(t, force, { title: 'Operation Mapped Corridor', startsAt: '2027-04-17T10:00:00Z', endsAt: '2027-04-17T22:00:00Z' });
    const before = await download(`/export/plans/${plan.id}/plan.pdf`);
    const pagesBefore = pdfPages(before);
    expect(flat(pagesBefore.join('\n'))).toContain(`${PLACES_HEADING} No places recorded.`);

    const commandPost = await addPlace(plan.id, COMMAND_POST);
    const checkpoint = await addPlace(plan.id, CHECKPOINT);
    await addPlace(plan.id, ROUTE);
    await gqlData(t, `mutation($p: ID!, $a: ID!, $pl: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Incident commander", placeId: $pl }) { id } }`, { p: plan.id, a: force.agencies.ncshp, pl: commandPost }, force.tokens.ncshpPlanner);
    await gqlData(
      t,
      `mutation($p: ID!, $pl: ID!) { addTimelineEvent(planId: $p, input: { title: "Open the checkpoint", phase: EXECUTION, startsAt: "2027-04-17T12:00:00Z", endsAt: "2027-04-17T13:00:00Z", placeId: $pl }) { id } }`,
      { p: plan.id, pl: checkpoint },
      force.tokens.ncshpPlanner,
    );

    const after = await download(`/export/plans/${plan.id}/plan.pdf`);
    const pages = pdfPages(after);
    const text = flat(pages.join('\n'));
    expect(text).not.toContain('No places recorded.');

    // The table: number, name, kind, coordinates (latitude first; a route by its ends and its length), address, notes.
    expect(text).toContain('# Name Kind Coordinates (lat, lon) Address or description Notes');
    expect(text).toContain(`1 Command post Alpha ${PLACE_KIND_LABELS.COMMAND_POST} 35.77960, -78.63820 512 N Salisbury St, Raleigh Enter from Lane St & show ID`);
    expect(text).toContain(`2 Checkpoint I-40 exit 289 ${PLACE_KIND_LABELS.CHECKPOINT} ${formatCoordinates(CHECKPOINT.coordinates[0]!)} — Two lanes <eastbound>`);
    expect(text).toMatch(/3 Route to Durham Route 35\.77960, -78\.63820 to 35\.99400, -78\.89860 \(4 points\) I-40 W \/ NC-147 —/);
    // Where the roles and the timeline are listed, the place each names, numbered as on the map.
    expect(text).toMatch(/Incident commander Place: 1\. Command post Alpha/);
    expect(text).toMatch(/Open the checkpoint Place: 2\. Checkpoint I-40 exit 289/);

    // The annex starts a page of its own with the map: one page more than without places (the
    // table fits under the map), and that page is drawn, not blank.
    expect(pages.length).toBe(pagesBefore.length + 1);
    const mapPage = pages.findIndex((page) => page.includes(PLACES_HEADING));
    expect(mapPage).toBe(pages.length - 1);
    // The legend and the numbers are text the SVG drew on that page.
    for (const words of ['Command post', 'Checkpoint', 'Route', 'County line', 'State line', 'km', 'N']) expect(pages[mapPage]).toContain(words);
    const ink = pdfInk(after);
    expect(ink).toHaveLength(pages.length);
    // Drawn: county lines over North Carolina's tinted land fill a good part of the page, and the
    // markers are in colour. A page of text alone has far less ink and no colour.
    expect(ink[mapPage]!.ink).toBeGreaterThan(0.25);
    expect(ink[mapPage]!.colour).toBeGreaterThan(0.0003);
    expect(ink[0]!.colour).toBe(0);
    expect(ink[mapPage]!.ink).toBeGreaterThan(2 * ink[0]!.ink);
  }, 60_000);

  it('prints where a debrief incident happened in the after-action report, when it is marked', async () => {
    // A training exercise needs no command post (NO_COMMAND_POST), so this holds whichever places the ready-plan helper adds.
    const { planId, objectiveId } = await activePlan(t, force, { title: 'Operation Marked Incident', operationType: 'TRAINING_EXERCISE' });
    const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { startsAt } }`, { id: planId }, force.tokens.ncshpLead);
    const occurredAt = new Date(Date.parse(plan.startsAt) + 3_600_000).toISOString();
    const input = {
      outcomes: [{ objectiveId, outcome: 'MET' }],
      incidents: [
        { type: 'CIVIL_RIGHTS_COMPLAINT', occurredAt, description: 'A driver asked for a supervisor.', location: [-78.5842, 35.7471] },
        { type: 'CIVIL_RIGHTS_COMPLAINT', occurredAt, description: 'A second complaint, place not marked.' },
      ],
    };
    const saved = (await gqlData(t, SAVE_DEBRIEF, { p: planId, input }, force.tokens.cbpPlanner)).saveDebrief;
    await gqlData(t, SUBMIT_DEBRIEF, { id: saved.id, v: saved.version }, force.tokens.cbpPlanner);
    await closeOperation(t, force, planId);
    const text = flat(pdfPages(await download(`/export/plans/${planId}/after-action.pdf`, force.tokens.ncshpLead)).join('\n'));
    expect(text).toContain('Type When Where (lat, lon) Description Reported to');
    expect(text).toMatch(/35\.74710, -78\.58420 A driver asked for a supervisor\./);
    expect(text).toMatch(/— A second complaint, place not marked\./);
  }, 60_000);
  it('lists the readiness warnings under the blockers: a place outside the region, not blocking', async () => {
    const plan = await createPlan(t, force, { title: 'Operation Far Afield', startsAt: '2027-04-17T10:00:00Z', endsAt: '2027-04-17T22:00:00Z' });
    await addPlace(plan.id, COMMAND_POST);
    expect(flat(pdfPages(await download(`/export/plans/${plan.id}/plan.pdf`)).join('\n'))).not.toContain('to check (not blocking)');

    await addPlace(plan.id, { name: 'Staging, Denver', kind: 'STAGING_AREA', coordinates: [[-104.9903, 39.7392]] });
    const text = flat(pdfPages(await download(`/export/plans/${plan.id}/plan.pdf`)).join('\n'));
    const readiness = text.slice(text.indexOf('Readiness'), text.indexOf('2. Objectives'));
    expect(readiness).toMatch(/blockers? stops? this plan from going to review/);
    expect(readiness).toContain('1 warning to check (not blocking): # Warning 1 "Staging, Denver" lies outside');
    expect(readiness).not.toContain('Command post Alpha');
  }, 60_000);
});
