import { fireEvent, screen, within } from '@testing-library/react';
import { ComplaintOperationsDocument, OversightComplaintsDocument, PlanComplaintsDocument } from '@jointops/web-data';
import { renderWithProviders, signedInStore } from '../test/render';
import { OversightComplaintsPage } from './OversightComplaintsPage';
import { PlanComplaintsPanel } from './PlanComplaintsPanel';
import { pause } from '../test/pause';
import { PHONE_MEDIA_QUERY } from '../shared/useMediaQuery';

const PLAN = { __typename: 'Plan' as const, id: 'p-corridor', title: 'Operation Safe Corridor', status: 'CLOSED' };
const complaint = (id: string, status: string, plan: typeof PLAN | null) => ({
  __typename: 'Complaint' as const,
  id,
  category: 'USE_OF_FORCE',
  status,
  occurredAt: '2026-05-02T21:30:00.000Z',
  location: 'Exit 289',
  receivedAt: '2026-05-03T12:00:00.000Z',
  updatedAt: '2026-05-03T12:00:00.000Z',
  version: 1,
  agency: { __typename: 'Agency' as const, id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP' },
  plan: plan && { __typename: 'Plan' as const, id: plan.id, title: plan.title },
});
const operations = { request: { query: ComplaintOperationsDocument }, result: { data: { plans: { __typename: 'PlanConnection', edges: [{ __typename: 'PlanEdge', node: PLAN }] } } }, maxUsageCount: 5 };
const list = (variables: Record<string, unknown>, complaints: unknown[]) => ({ request: { query: OversightComplaintsDocument, variables }, result: { data: { complaints } }, maxUsageCount: 5 });

describe('oversight complaints', () => {
  it('lists complaints with links to each, filtered by status and operation in the URL', async () => {
    const mocks = [operations, list({ status: null, planId: null }, [complaint('c1', 'RECEIVED', null), complaint('c2', 'REFERRED', PLAN)]), list({ status: 'REFERRED', planId: null }, [complaint('c2', 'REFERRED', PLAN)]), list({ status: 'REFERRED', planId: 'p-corridor' }, [complaint('c2', 'REFERRED', PLAN)])];
    renderWithProviders(<OversightComplaintsPage />, { route: '/oversight/complaints', mocks, store: signedInStore() });
    const rows = await screen.findAllByTestId('complaint-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Use of force' }).getAttribute('href')).toBe('/oversight/complaints/c1');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'REFERRED' } });
    expect(await screen.findByText('1 complaint, newest first.')).toBeTruthy();
    await screen.findByRole('option', { name: 'Operation Safe Corridor' });
    fireEvent.change(screen.getByLabelText('Operation'), { target: { value: 'p-corridor' } });
    expect(screen.getByTestId('location').textContent).toBe('/oversight/complaints?status=REFERRED&planId=p-corridor');
  });

  it('shows a card per complaint on a phone, every column named and nothing off-screen, instead of the table', async () => {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({ matches: query === PHONE_MEDIA_QUERY, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }),
    });
    try {
      const mocks = [operations, list({ status: null, planId: null }, [complaint('c2', 'REFERRED', PLAN), complaint('c1', 'RECEIVED', null)])];
      renderWithProviders(<OversightComplaintsPage />, { route: '/oversight/complaints', mocks, store: signedInStore() });
      const cards = await screen.findAllByTestId('complaint-card');
      expect(screen.queryByRole('table')).toBeNull();
      expect(screen.getByRole('list', { name: '2 complaints, newest first.' })).toBeTruthy();
      const first = cards[0]!;
      expect(within(first).getByRole('heading', { level: 2, name: 'Use of force' })).toBeTruthy();
      expect(within(first).getByRole('link', { name: 'Use of force' }).getAttribute('href')).toBe('/oversight/complaints/c2');
      expect(within(first).getByText('Referred to the agency').getAttribute('data-status')).toBe('REFERRED');
      const fields = [...first.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
      expect(fields).toEqual(['Received: May 3, 2026, 8:00 AM EDT', 'Operation: Operation Safe Corridor', 'Agency: U.S. Customs and Border Protection (CBP)', 'Where: Exit 289']);
      expect([...cards[1]!.querySelectorAll('dd')][1]!.textContent).toBe('—');
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });

  it('shows oversight how many complaints are linked to an operation, and nothing to anyone else', async () => {
    const asked = jest.fn(() => ({ data: { complaints: [{ __typename: 'Complaint', id: 'c2', category: 'DISCOURTESY', status: 'UNDER_REVIEW', receivedAt: '2026-05-03T12:00:00.000Z' }] } }));
    const mocks = [{ request: { query: PlanComplaintsDocument, variables: { planId: 'p-corridor' } }, result: asked, maxUsageCount: 5 }];
    const { unmount } = renderWithProviders(<PlanComplaintsPanel planId="p-corridor" roles={['AGENCY_LEAD']} />, { mocks, store: signedInStore() });
    await pause(30);
    expect(screen.queryByTestId('plan-complaints')).toBeNull();
    expect(asked).not.toHaveBeenCalled();
    unmount();
    renderWithProviders(<PlanComplaintsPanel planId="p-corridor" roles={['OVERSIGHT']} />, { mocks, store: signedInStore() });
    expect(await screen.findByText(/1 complaint is linked to this operation/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Discourtesy or disrespect' }).getAttribute('href')).toBe('/oversight/complaints/c2');
  });
});
