import { fireEvent, screen } from '@testing-library/react';
import { AllAgenciesDocument, ComplaintOperationsDocument, OversightComplaintDocument, UpdateComplaintDocument } from '@jointops/web-data';
import { Route, Routes } from 'react-router';
import { renderWithProviders, signedInStore } from '../test/render';
import { OversightComplaintPage } from './OversightComplaintPage';

const COMPLAINT = {
  __typename: 'Complaint' as const,
  id: 'c1',
  category: 'USE_OF_FORCE',
  status: 'UNDER_REVIEW',
  occurredAt: '2026-05-02T21:30:00.000Z',
  location: 'Exit 289',
  receivedAt: '2026-05-03T12:00:00.000Z',
  updatedAt: '2026-05-03T12:00:00.000Z',
  version: 2,
  agency: null,
  plan: null,
  description: 'Pushed to the ground.',
  contact: null,
  language: 'en',
  outcome: null,
  history: [],
};

const pageMocks = (complaint: typeof COMPLAINT | (Omit<typeof COMPLAINT, 'language'> & { language: string | null })) => [
  { request: { query: OversightComplaintDocument, variables: { id: 'c1' } }, result: { data: { complaint } }, maxUsageCount: 5 },
  { request: { query: ComplaintOperationsDocument }, result: { data: { plans: { __typename: 'PlanConnection', edges: [] } } } },
  { request: { query: AllAgenciesDocument }, result: { data: { agencies: [] } } },
];
const renderPage = (mocks: ReturnType<typeof pageMocks>) =>
  renderWithProviders(
    <Routes>
      <Route path="/oversight/complaints/:id" element={<OversightComplaintPage />} />
    </Routes>,
    { route: '/oversight/complaints/c1', mocks, store: signedInStore() },
  );

describe('OversightComplaintPage', () => {
  it('says which language the complainant filed in, and asks for the outcome in it when it was not English', async () => {
    renderPage(pageMocks({ ...COMPLAINT, language: 'es' }));
    expect((await screen.findByTestId('complaint-language')).textContent).toBe('Spanish');
    expect(screen.getByText(/They filed in Spanish: write it in Spanish\./)).toBeTruthy();
  });

  it('says so when the language was not recorded (complaints filed before it was kept), and asks for nothing more', async () => {
    renderPage(pageMocks({ ...COMPLAINT, language: null }));
    expect((await screen.findByTestId('complaint-language')).textContent).toBe('Not recorded (filed before the language was kept)');
    expect(screen.queryByText(/They filed in/)).toBeNull();
  });

  it('says that nothing changed, and sends nothing, when Save is pressed with every field as it was', async () => {
    const updated = jest.fn(() => ({ data: { updateComplaint: COMPLAINT } }));
    const mocks = [
      { request: { query: OversightComplaintDocument, variables: { id: 'c1' } }, result: { data: { complaint: COMPLAINT } }, maxUsageCount: 5 },
      { request: { query: ComplaintOperationsDocument }, result: { data: { plans: { __typename: 'PlanConnection', edges: [] } } } },
      { request: { query: AllAgenciesDocument }, result: { data: { agencies: [] } } },
      { request: { query: UpdateComplaintDocument }, variableMatcher: () => true, result: updated },
    ];
    renderWithProviders(
      <Routes>
        <Route path="/oversight/complaints/:id" element={<OversightComplaintPage />} />
      </Routes>,
      { route: '/oversight/complaints/c1', mocks, store: signedInStore() },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const news = await screen.findByText('Nothing changed, so nothing was saved.');
    expect(news.getAttribute('role')).toBe('status');
    expect(screen.queryByText(/The change is listed under History/)).toBeNull();
    expect(updated).not.toHaveBeenCalled();
    // The news goes once a field is changed: it would be out of date.
    fireEvent.change(screen.getByLabelText(/^Outcome/), { target: { value: 'Referred.' } });
    expect(screen.queryByText('Nothing changed, so nothing was saved.')).toBeNull();
  });
});
