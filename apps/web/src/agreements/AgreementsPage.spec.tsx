import { fireEvent, screen, within } from '@testing-library/react';
import { AgreementsPageDocument, AllAgenciesDocument, MeDocument } from '@jointops/web-data';
import { MARIA, renderWithProviders, signedInStore } from '../test/render';
import { AgreementsPage } from './AgreementsPage';

const NOW = Date.parse('2027-05-10T12:00:00Z');
const agency = (id: string, shortName: string) => ({ __typename: 'Agency' as const, id, shortName, name: `${shortName} agency`, level: 'STATE' });
const CBP = agency('a-cbp', 'CBP');
const WCSO = agency('a-wcso', 'WCSO');

const row = (id: string, title: string, kind: string, expiresOn: string | null, terminatedAt: string | null = null) => ({
  __typename: 'Agreement' as const,
  id,
  title,
  kind,
  scope: ['CHECKPOINT'],
  effectiveFrom: '2026-01-01T00:00:00.000Z',
  expiresOn,
  terminatedAt,
  version: 1,
  agencies: [
    { __typename: 'Agency' as const, id: CBP.id, shortName: CBP.shortName, name: CBP.name },
    { __typename: 'Agency' as const, id: WCSO.id, shortName: WCSO.shortName, name: WCSO.name },
  ],
});

const agreements = [row('ag1', 'Corridor MOU', 'MOU', null), row('ag2', 'Port MOA', 'MOA', '2027-07-01T23:59:59.999Z'), row('ag3', 'Old MOU', 'MOU', null, '2027-01-01T00:00:00.000Z')];
const mocks = [
  { request: { query: MeDocument }, result: { data: { me: MARIA } } },
  { request: { query: AllAgenciesDocument }, result: { data: { agencies: [CBP, WCSO] } } },
  { request: { query: AgreementsPageDocument, variables: { agencyId: null, activeOn: null } }, result: { data: { agreements } } },
  { request: { query: AgreementsPageDocument, variables: { agencyId: null, activeOn: null } }, result: { data: { agreements } } },
];

describe('AgreementsPage', () => {
  it('lists title, kind, parties, scope, dates and standing, each title a link to its page', async () => {
    renderWithProviders(<AgreementsPage now={NOW} />, { route: '/agreements', mocks, store: signedInStore() });
    const rows = await screen.findAllByTestId('agreement-row', {}, { timeout: 10_000 });
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Corridor MOU', 'Port MOA', 'Old MOU']);
    expect(within(rows[1]!).getByText('Expiring')).toBeTruthy();
    expect(within(rows[2]!).getByText('Terminated')).toBeTruthy();
    expect(within(rows[0]!).getByText((_, element) => element?.tagName === 'TD' && / to open-ended$/.test(element.textContent ?? ''))).toBeTruthy();
    expect(within(rows[0]!).getByText('Memorandum of understanding (MOU)')).toBeTruthy();
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/agreements/ag1');
  });

  it('keeps its filters in the URL: kind and standing', async () => {
    renderWithProviders(<AgreementsPage now={NOW} />, { route: '/agreements?show=active', mocks, store: signedInStore() });
    expect(await screen.findByText('2 agreements.', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'MOU' } });
    expect(await screen.findByText('1 agreement.')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/agreements?show=active&kind=MOU');
    fireEvent.change(screen.getByLabelText('Standing'), { target: { value: 'expiring' } });
    expect(await screen.findByText('No agreements match')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/agreements?show=expiring&kind=MOU');
    // The ended ones: expired or terminated (the Old MOU was terminated).
    fireEvent.change(screen.getByLabelText('Standing'), { target: { value: 'ended' } });
    expect(await screen.findByText('1 agreement.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Old MOU' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/agreements?show=ended&kind=MOU');
  });
});
