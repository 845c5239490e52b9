import { screen, waitFor, within } from '@testing-library/react';
import { MeDocument, PlanAgencyChoicesDocument, OverviewSectionDocument, PlanWorkspaceDocument, PlanWorkspaceWithObjectivesDocument, PlanWorkspaceWithTimelineDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';

jest.mock('../timeline/TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

const CBP = { __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' };
const WCSO = { __typename: 'Agency', id: 'a-wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL' };

function workspacePlan(status: string) {
  return {
    __typename: 'Plan',
    id: 'p1',
    version: 3,
    title: 'Operation Harbor Light',
    summary: 'Port security',
    status,
    startsAt: null,
    endsAt: null,
    timeZone: 'America/New_York',
    operationType: 'CHECKPOINT',
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-02T00:00:00Z',
    revision: 9,
    lastSeq: 9,
    contentHash: 'f'.repeat(64),
    leadAgency: CBP,
    agencies: [CBP, WCSO],
    readiness: { __typename: 'Readiness', ready: false, blockerCount: 0, accountabilityBlockers: [], warnings: [] },
    objectives: [{ __typename: 'Objective', id: 'o1', version: 1, position: 0, title: 'Secure the perimeter', description: '', successCriteria: '', priority: 'HIGH' }],
    roles: [],
    checklist: [],
    timeline: [],
    resources: [],
    comms: [],
    places: [],
    approvals: [],
  };
}

const meMock = { request: { query: MeDocument }, result: { data: { me: MARIA } } };
const agenciesMock = { request: { query: PlanAgencyChoicesDocument }, result: { data: { agencies: [CBP, WCSO].map((agency) => ({ ...agency, hasAgencyLead: true })) } } };
const planMock = (plan: object | null) => ({ request: { query: PlanWorkspaceDocument, variables: { id: 'p1' } }, result: { data: { plan } } });
const overviewMock = (plan: object | null) => ({ request: { query: OverviewSectionDocument, variables: { id: 'p1' } }, result: { data: { plan } } });
// Entering a section: the shell and that section's content in one request.
const ENTRY = { objectives: PlanWorkspaceWithObjectivesDocument, timeline: PlanWorkspaceWithTimelineDocument };
const entryMock = (plan: object | null, section: keyof typeof ENTRY) => ({ request: { query: ENTRY[section], variables: { id: 'p1' } }, result: { data: { plan } } });
const renderAt = (route: string, plan: object | null) =>
  renderWithProviders(<App />, { route, store: signedInStore(), mocks: [meMock, planMock(plan), overviewMock(plan), entryMock(plan, 'objectives'), agenciesMock] });

describe('PlanWorkspacePage', () => {
  it('says "Plan not found" when the API answers null', async () => {
    renderAt('/plans/p1', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan not found' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('opens the overview with the side nav, counts and the readiness panel', async () => {
    renderAt('/plans/p1', workspacePlan('DRAFT'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Operation Harbor Light' }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plans/p1/overview'));
    expect(await screen.findByRole('button', { name: 'Edit details' }, { timeout: 10_000 })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Plan sections' });
    expect(within(nav).getByRole('link', { name: /Objectives/ }).textContent).toBe('Objectives1');
    expect(screen.getByRole('button', { name: 'Edit details' })).toBeTruthy();
    expect(screen.queryByTestId('read-only-reason')).toBeNull();
    // Readiness is worded from the overview's own query.
    const blockers = await screen.findByRole('list', { name: 'Readiness blockers' }, { timeout: 10_000 });
    expect(within(blockers).getByRole('link', { name: 'WCSO holds no role.' }).getAttribute('href')).toBe('/plans/p1/roles#agency-a-wcso');
  });

  it('is read-only, and says why, once the plan is active', async () => {
    renderAt('/plans/p1/objectives', workspacePlan('ACTIVE'));
    expect((await screen.findByTestId('read-only-reason', {}, { timeout: 10_000 })).textContent).toBe('The plan is Active: its content is frozen. The activity log, actual times and debriefs are open.');
    expect(await screen.findByTestId('missing-criteria', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Edit Secure the perimeter/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add an objective' })).toBeNull();
  });

  it('enters the timeline with one request for the header and the timeline alone (no other section’s content)', async () => {
    const timelineEvent = { __typename: 'TimelineEvent', id: 't1', version: 1, title: 'Brief the teams', phase: 'BRIEFING', startsAt: '2027-03-01T08:00:00Z', endsAt: '2027-03-01T09:00:00Z', agency: null, dependsOnIds: [], notes: '', actualStartsAt: null, actualEndsAt: null, place: null };
    const plan = { ...workspacePlan('DRAFT'), timeline: [timelineEvent] };
    // Only these two answers exist (the workspace with the timeline, in one query): a separate
    // workspace or timeline query would get no answer, and the header or the table would not show.
    renderWithProviders(<App />, { route: '/plans/p1/timeline', store: signedInStore(), mocks: [meMock, entryMock(plan, 'timeline')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Operation Harbor Light' }, { timeout: 10_000 })).toBeTruthy();
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(within(table).getByRole('rowheader', { name: /Brief the teams/ })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Plan sections' });
    expect(within(nav).getByRole('link', { name: /Timeline/ }).textContent).toBe('Timeline1');
  });
});
