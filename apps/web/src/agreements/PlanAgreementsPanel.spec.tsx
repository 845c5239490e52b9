import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { PlanAgreementsDocument } from '@jointops/web-data';
import { renderWithProviders, signedInStore } from '../test/render';
import { coverageByAgency, PlanAgreementsPanel } from './PlanAgreementsPanel';

const agency = (id: string, shortName: string) => ({ __typename: 'Agency' as const, id, shortName, name: `${shortName} agency` });
const NCSHP = agency('a-ncshp', 'NCSHP');
const CBP = agency('a-cbp', 'CBP');
const WCSO = agency('a-wcso', 'WCSO');

const agreement = (id: string, title: string, parties: Array<ReturnType<typeof agency>>, effectiveFrom: string, expiresOn: string | null, terminatedAt: string | null = null) => ({
  __typename: 'Agreement' as const,
  id,
  title,
  kind: 'MOU' as const,
  scope: ['CHECKPOINT' as const],
  effectiveFrom,
  expiresOn,
  terminatedAt,
  version: 1,
  agencies: parties,
  dataSharingTerms: `${title}: plate reads only, kept 14 days, never shared with third parties.`,
});

const covering = agreement('ag1', 'NCSHP–CBP corridor MOU', [NCSHP, CBP], '2026-01-01T00:00:00Z', null);
// In force at some moment of the window (so Plan.agreements lists it), but not for the whole of it.
const endsDuring = agreement('ag2', 'NCSHP–WCSO lapsing MOU', [NCSHP, WCSO], '2026-01-01T00:00:00Z', '2027-03-01T12:00:00Z');

const plan = {
  __typename: 'Plan' as const,
  id: 'p1',
  operationType: null,
  startsAt: '2027-03-01T06:00:00Z',
  endsAt: '2027-03-01T18:00:00Z',
  leadAgency: { __typename: 'Agency' as const, id: NCSHP.id },
  agencies: [NCSHP, CBP, WCSO],
  agreements: [covering, endsDuring],
};

describe('PlanAgreementsPanel', () => {
  it('gives, per participating agency but the lead, the agreements in force for the whole window', () => {
    expect(coverageByAgency(plan as never, Date.now()).map(({ agency: a, agreements }) => [a.shortName, agreements.map((x) => x.id)])).toEqual([
      ['CBP', ['ag1']],
      ['WCSO', []],
    ]);
  });

  it('without a window, judges the agreements on today', () => {
    const undated = { ...plan, startsAt: null, endsAt: null };
    expect(coverageByAgency(undated as never, Date.parse('2027-03-01T15:00:00Z')).map(({ agreements }) => agreements.length)).toEqual([1, 0]);
    expect(coverageByAgency(undated as never, Date.parse('2027-03-01T10:00:00Z')).map(({ agreements }) => agreements.length)).toEqual([1, 1]);
  });

  it("leaves out an agreement in force that does not allow the plan's operation type, and says so", async () => {
    const surveillance = { ...plan, operationType: 'SURVEILLANCE' as const };
    expect(coverageByAgency(surveillance as never, Date.now()).map(({ agency: a, agreements, outOfScope }) => [a.shortName, agreements.length, outOfScope])).toEqual([
      ['CBP', 0, 1],
      ['WCSO', 0, 0],
    ]);
    const mocks = [{ request: { query: PlanAgreementsDocument, variables: { id: 'p1' } }, result: { data: { plan: surveillance } } }];
    renderWithProviders(<PlanAgreementsPanel planId="p1" />, { route: '/plans/p1/overview', mocks, store: signedInStore() });
    const [cbp] = await screen.findAllByTestId('agency-coverage', {}, { timeout: 10_000 });
    expect(within(cbp!).getByText('No agreement with the lead agency allows this type of operation for CBP.')).toBeTruthy();
  });

  it('shows the data-sharing terms in full, and says plainly when no agreement covers an agency', async () => {
    const mocks = [{ request: { query: PlanAgreementsDocument, variables: { id: 'p1' } }, result: { data: { plan } } }];
    renderWithProviders(<PlanAgreementsPanel planId="p1" />, { route: '/plans/p1/overview', mocks, store: signedInStore() });
    expect(screen.getByRole('heading', { name: 'Authorities and agreements' })).toBeTruthy();
    const [cbp, wcso] = await screen.findAllByTestId('agency-coverage', {}, { timeout: 10_000 });
    expect(within(cbp!).getByRole('link', { name: 'NCSHP–CBP corridor MOU' }).getAttribute('href')).toBe('/agreements/ag1');
    expect(within(cbp!).getByText(covering.dataSharingTerms)).toBeTruthy();
    expect(within(wcso!).getByText('No agreement with the lead agency covers WCSO for the whole operation window.')).toBeTruthy();
  });

  it('reads the agreements again when the server reports other agreement blockers (READINESS_CHANGED)', async () => {
    const renewed = agreement('ag3', 'NCSHP–WCSO renewed MOU', [NCSHP, WCSO], '2026-01-01T00:00:00Z', null);
    const mocks = [
      { request: { query: PlanAgreementsDocument, variables: { id: 'p1' } }, result: { data: { plan } } },
      { request: { query: PlanAgreementsDocument, variables: { id: 'p1' } }, result: { data: { plan: { ...plan, agreements: [covering, endsDuring, renewed] } } } },
    ];
    function Harness() {
      const [key, setKey] = useState('AGREEMENT_MISSING:a-wcso');
      return (
        <>
          <button type="button" onClick={() => setKey('')}>
            Readiness changed
          </button>
          <PlanAgreementsPanel planId="p1" refreshKey={key} />
        </>
      );
    }
    renderWithProviders(<Harness />, { route: '/plans/p1/overview', mocks, store: signedInStore() });
    const [, wcso] = await screen.findAllByTestId('agency-coverage', {}, { timeout: 10_000 });
    expect(within(wcso!).getByText(/No agreement with the lead agency covers WCSO/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Readiness changed' }));
    await waitFor(() => expect(within(screen.getAllByTestId('agency-coverage')[1]!).getByRole('link', { name: 'NCSHP–WCSO renewed MOU' })).toBeTruthy(), { timeout: 10_000 });
  });
});
