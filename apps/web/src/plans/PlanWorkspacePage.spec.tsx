import { screen, waitFor, within } from '@testing-library/react';
import { AllAgenciesDocument, MeDocument, PlanWorkspaceDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, memoryStore, renderWithProviders } from '../test/render';

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
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-02T00:00:00Z',
    revision: 9,
    lastSeq: 9,
    contentHash: 'f'.repeat(64),
    leadAgency: CBP,
    agencies: [CBP, WCSO],
    readiness: { __typename: 'Readiness', ready: false, blockers: [] },
    objectives: [{ __typename: 'Objective', id: 'o1', version: 1, position: 0, title: 'Secure the perimeter', description: '', successCriteria: '', priority: 'HIGH' }],
    roles: [],
    checklist: [],
    timeline: [],
    resources: [],
    comms: [],
    approvals: [],
  };
}

const meMock = { request: { query: MeDocument }, result: { data: { me: MARIA } } };
const agenciesMock = { request: { query: AllAgenciesDocument }, result: { data: { agencies: [CBP, WCSO] } } };
const planMock = (plan: object | null) => ({ request: { query: PlanWorkspaceDocument, variables: { id: 'p1' } }, result: { data: { plan } } });
const renderAt = (route: string, plan: object | null) => renderWithProviders(<App />, { route, store: memoryStore({ token: 'tok' }), mocks: [meMock, planMock(plan), agenciesMock] });

describe('PlanWorkspacePage', () => {
  it('says "Plan not found" when the API answers null', async () => {
    renderAt('/plans/p1', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan not found' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('opens the overview with the side nav, counts and the readiness panel', async () => {
    renderAt('/plans/p1', workspacePlan('DRAFT'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Operation Harbor Light' }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plans/p1/overview'));
    expect(await screen.findByRole('button', { name: 'Edit details' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Plan sections' });
    expect(within(nav).getByRole('link', { name: /Objectives/ }).textContent).toBe('Objectives1');
    expect(screen.getByRole('button', { name: 'Edit details' })).toBeTruthy();
    expect(screen.queryByTestId('read-only-reason')).toBeNull();
    const blockers = screen.getByRole('list', { name: 'Readiness blockers' });
    expect(within(blockers).getByRole('link', { name: 'WCSO holds no role.' }).getAttribute('href')).toBe('/plans/p1/roles#agency-a-wcso');
  });

  it('is read-only, and says why, once the plan is active', async () => {
    renderAt('/plans/p1/objectives', workspacePlan('ACTIVE'));
    expect((await screen.findByTestId('read-only-reason', {}, { timeout: 10_000 })).textContent).toBe('The plan is Active: its content is frozen. The operation log, actual times and debriefs are open.');
    expect(screen.getByTestId('missing-criteria')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Edit Secure the perimeter/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add an objective' })).toBeNull();
  });
});
