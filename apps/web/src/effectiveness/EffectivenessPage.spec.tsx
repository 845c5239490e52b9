import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AllAgenciesDocument, EffectivenessDocument, MeDocument } from '@jointops/web-data';
import { AccountabilityNav } from '../shell/AccountabilityNav';
import { MARIA, renderWithProviders, signedInStore } from '../test/render';
import { EffectivenessPage } from './EffectivenessPage';
import { effectivenessEntry, formatRate } from './effectiveness-model';

const NOW = new Date('2026-12-02T08:00:00Z');
const DEFAULT_PERIOD = { from: '2025-12-03T00:00:00.000Z', to: '2026-12-02T23:59:59.999Z' };
const LEAD = { ...MARIA, id: 'u-james', displayName: 'James Okafor', roles: ['AGENCY_LEAD' as const] };
const OVERSIGHT = { ...MARIA, id: 'u-evelyn', displayName: 'Evelyn Brooks', roles: ['OVERSIGHT' as const] };
const me = (user: typeof MARIA | typeof LEAD | typeof OVERSIGHT) => ({ request: { query: MeDocument }, result: { data: { me: user } }, maxUsageCount: 10 });

const agency = { __typename: 'Agency' as const, id: 'a-ncshp', shortName: 'NCSHP', name: 'NC State Highway Patrol' };
const row = (id: string, title: string, figures: Partial<Record<string, number | null>>) => ({
  __typename: 'EffectivenessOperation' as const,
  plan: { __typename: 'Plan' as const, id, title, startsAt: '2026-03-01T06:00:00.000Z', endsAt: '2026-03-01T18:00:00.000Z', timeZone: 'America/New_York', leadAgency: agency },
  objectivesMet: 0,
  objectivesPartiallyMet: 0,
  objectivesNotMet: 0,
  medianStartSlipMinutes: null,
  eventsWithActualStart: 0,
  incidents: 0,
  complaints: 0,
  correctiveActionsClosedOnTime: 0,
  correctiveActionsClosedLate: 0,
  correctiveActionsOverdue: 0,
  ...figures,
});
const EMPTY = {
  operations: 0,
  objectivesMet: 0,
  objectivesPartiallyMet: 0,
  objectivesNotMet: 0,
  medianStartSlipMinutes: null as number | null,
  incidentsPerOperation: null as number | null,
  complaintsPerOperation: null as number | null,
  correctiveActionsClosedOnTime: 0,
  correctiveActionsClosedLate: 0,
  correctiveActionsOverdue: 0,
  operationFigures: [] as Array<ReturnType<typeof row>>,
};
const report = (period: { from: string; to: string }, figures: Partial<typeof EMPTY> = {}) => ({ __typename: 'EffectivenessReport' as const, ...period, ...EMPTY, ...figures });
const TWO = {
  operations: 2,
  objectivesMet: 1,
  objectivesPartiallyMet: 1,
  objectivesNotMet: 1,
  medianStartSlipMinutes: 10,
  incidentsPerOperation: 4 / 3,
  complaintsPerOperation: 1,
  correctiveActionsClosedOnTime: 1,
  correctiveActionsClosedLate: 2,
  correctiveActionsOverdue: 0,
  operationFigures: [
    row('p-charlie', 'Charlie', {}),
    row('p-alpha', 'Alpha', { objectivesMet: 1, objectivesPartiallyMet: 1, objectivesNotMet: 1, medianStartSlipMinutes: 10, eventsWithActualStart: 3, incidents: 3, complaints: 2, correctiveActionsClosedOnTime: 1, correctiveActionsClosedLate: 2 }),
  ],
};
const answer = (variables: Record<string, unknown>, result: unknown) => ({ request: { query: EffectivenessDocument, variables }, result: { data: { effectiveness: result } }, maxUsageCount: 10 });

const card = (key: string) => screen.getByTestId(`figure-${key}`);
const rowTitles = () => screen.getAllByTestId('effectiveness-operation').map((tr) => within(tr).getAllByRole('link')[0]!.textContent);

describe('EffectivenessPage', () => {
  it("shows an agency lead the last twelve months' figures, rates with one decimal, each number linking to the operations behind it", async () => {
    renderWithProviders(<EffectivenessPage now={NOW} />, { route: '/effectiveness', store: signedInStore(), mocks: [me(LEAD), answer({ ...DEFAULT_PERIOD, agencyId: null }, report(DEFAULT_PERIOD, TWO))] });
    await screen.findByTestId('effectiveness-report', {}, { timeout: 10_000 });
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2025-12-03');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-12-02');
    expect(screen.queryByLabelText('Agency')).toBeNull();
    expect(within(card('incidents')).getByRole('link').textContent).toBe('1.3');
    expect(within(card('complaints')).getByRole('link').textContent).toBe('1.0');
    expect(within(card('medianStartSlip')).getByRole('link').textContent).toBe('10.0');
    // Nothing adds to "overdue": a number, not a link.
    expect(within(card('overdue')).queryByRole('link')).toBeNull();
    expect(within(card('overdue')).getByText('0')).toBeTruthy();

    expect(rowTitles()).toEqual(['Charlie', 'Alpha']);
    expect(screen.getByRole('link', { name: 'Alpha' }).getAttribute('href')).toBe('/plans/p-alpha');
    fireEvent.click(screen.getByRole('link', { name: '1.3 incidents per operation: show the operation behind it' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Alpha']));
    expect(screen.getByTestId('location').textContent).toBe('/effectiveness?figure=incidents');
    expect(screen.getByText('Operations behind “Incidents per operation”: 1 of 2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Show every operation' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Charlie', 'Alpha']));
  });

  it('says "no operations" for the rates and the median, and links nothing, when no operation closed in the period', async () => {
    renderWithProviders(<EffectivenessPage now={NOW} />, { route: '/effectiveness', store: signedInStore(), mocks: [me(LEAD), answer({ ...DEFAULT_PERIOD, agencyId: null }, report(DEFAULT_PERIOD))] });
    await screen.findByTestId('effectiveness-report', {}, { timeout: 10_000 });
    for (const key of ['incidents', 'complaints', 'medianStartSlip']) expect(within(card(key)).getByText('no operations')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Figures' })).queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('No closed operations in this period')).toBeTruthy();
  });

  it('lets oversight narrow to an agency and links each operation to its oversight page', async () => {
    const period = { from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' };
    const agencies = { request: { query: AllAgenciesDocument }, result: { data: { agencies: [{ ...agency, level: 'STATE' }] } } };
    renderWithProviders(<EffectivenessPage now={NOW} />, {
      route: '/oversight/effectiveness',
      store: signedInStore(),
      mocks: [me(OVERSIGHT), agencies, answer({ ...DEFAULT_PERIOD, agencyId: null }, report(DEFAULT_PERIOD)), answer({ ...period, agencyId: 'a-ncshp' }, report(period, TWO))],
    });
    await screen.findByTestId('effectiveness-report', {}, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-06-30' } });
    await screen.findByRole('option', { name: 'NCSHP — NC State Highway Patrol' });
    fireEvent.change(screen.getByLabelText('Agency'), { target: { value: 'a-ncshp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show figures' }));
    expect(await screen.findByRole('link', { name: 'Alpha' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Alpha' }).getAttribute('href')).toBe('/oversight/plans/p-alpha');
    expect(screen.getByTestId('location').textContent).toBe('/oversight/effectiveness?from=2026-01-01&to=2026-06-30&agency=a-ncshp');
  });

  it('names a period it cannot show and asks for no figures', async () => {
    const effectiveness = jest.fn(() => ({ data: { effectiveness: report(DEFAULT_PERIOD) } }));
    renderWithProviders(<EffectivenessPage now={NOW} />, {
      route: '/effectiveness',
      store: signedInStore(),
      mocks: [me(LEAD), { request: { query: EffectivenessDocument, variables: () => true }, result: effectiveness, maxUsageCount: 10 }],
    });
    await screen.findByTestId('effectiveness-report', {}, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2019-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show figures' }));
    expect(await screen.findByText('Choose a period of at most five years.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show figures' }));
    expect(await screen.findByText('The start date must be on or before the end date.')).toBeTruthy();
    expect(effectiveness).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('location').textContent).toBe('/effectiveness');
  });

  it('tells anyone else it is not for them and asks nothing', async () => {
    const effectiveness = jest.fn(() => ({ data: { effectiveness: report(DEFAULT_PERIOD) } }));
    renderWithProviders(<EffectivenessPage now={NOW} />, {
      route: '/effectiveness',
      store: signedInStore(),
      mocks: [me(MARIA), { request: { query: EffectivenessDocument, variables: () => true }, result: effectiveness }],
    });
    expect(await screen.findByText('The effectiveness dashboard is for oversight staff and agency leads.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(effectiveness).not.toHaveBeenCalled();
  });

  it('formats rates with one decimal, or says why there is none', () => {
    expect(formatRate(4 / 3, 3)).toBe('1.3');
    expect(formatRate(null, 0)).toBe('no operations');
    expect(formatRate(null, 2, 'no recorded starts')).toBe('no recorded starts');
  });
});

describe('where the dashboard is reached', () => {
  it('is an agency lead\'s in the Accountability menu, oversight staff\'s in their area, nobody else\'s', () => {
    expect(effectivenessEntry(LEAD)).toBe('/effectiveness');
    expect(effectivenessEntry(OVERSIGHT)).toBe('/oversight/effectiveness');
    expect(effectivenessEntry(MARIA)).toBeNull();
    expect(effectivenessEntry({ ...MARIA, roles: ['OFFICER' as const] })).toBeNull();
    expect(effectivenessEntry({ ...MARIA, roles: ['ADMIN' as const] })).toBeNull();
    expect(effectivenessEntry(null)).toBeNull();
  });

  it('puts Effectiveness last in the Accountability menu of an agency lead', async () => {
    renderWithProviders(<AccountabilityNav />, { route: '/plans', store: signedInStore(), mocks: [me(LEAD)] });
    fireEvent.click(screen.getByRole('button', { name: 'Accountability' }));
    const link = await screen.findByRole('link', { name: 'Effectiveness' }, { timeout: 10_000 });
    expect(link.getAttribute('href')).toBe('/effectiveness');
    expect(screen.getAllByRole('link').map((each) => each.textContent)).toEqual(['Corrective actions', 'Lessons', 'Agreements', 'Training', 'Effectiveness']);
  });
});
