import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ActivityEntryFieldsFragmentDoc, OperationSectionDocument } from '@jointops/web-data';
import { InWorkspace, renderWithProviders } from '../test/render';
import { OperationSection } from './OperationSection';

jest.mock('../timeline/TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', shortName: 'WCSO', name: 'Wake County Sheriff' };
const ME = { id: 'u-tom', roles: ['OFFICER'], agencyId: 'a-wcso', agency: { id: 'a-wcso' } };
const entry = (id: string, text: string, at: string) => ({
  __typename: 'ActivityEntry' as const,
  ...{ id, text, at, author: { __typename: 'User' as const, id: 'u-tom', displayName: 'Tom Hargrove' }, agency: WCSO },
});
const LONG_URL = `https://evidence.example.gov/cases/${'0123456789'.repeat(30)}`;

// The write goes out through the offline queue; here it is sent at once, as with a connection, and
// its answer lands in the cache as the mutation's would.
let client: ApolloClient | null = null;
const logActivity = jest.fn(async (text: string, at: string | null) => {
  const logged = entry('e2', text, at ?? new Date().toISOString());
  client!.cache.writeFragment({ fragment: ActivityEntryFieldsFragmentDoc, fragmentName: 'ActivityEntryFields', data: logged });
  return { status: 'sent' as const, result: { logActivity: logged } };
});
jest.mock('../offline/useOfflineWrites', () => ({
  useOfflineWrites: () => ({ logActivity, recordActuals: jest.fn(), saveDebrief: jest.fn(), ready: true }),
}));

const operation = {
  request: { query: OperationSectionDocument, variables: { id: 'p1' } },
  result: { data: { plan: { __typename: 'Plan', id: 'p1', roles: [], timeline: [], activityLog: [entry('e1', `Case file ${LONG_URL}`, '2026-12-04T19:00:00.000Z')] } } },
};

function Harness() {
  client = useApolloClient();
  const plan = { id: 'p1', status: 'ACTIVE', startsAt: null, endsAt: null, agencies: [WCSO], leadAgency: WCSO };
  return (
    <InWorkspace context={{ plan, me: ME, canEdit: false }}>
      <OperationSection />
    </InWorkspace>
  );
}

describe('OperationSection: the activity log', () => {
  it('moves focus to the new entry after "Add entry", not back to the page', async () => {
    renderWithProviders(<Harness />, { mocks: [operation] });
    await screen.findByText(/Case file/);
    fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: 'Lane 2 reopened' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    // Left as it was, "When" is sent as now (no time), the moment the entry is added.
    await waitFor(() => expect(logActivity).toHaveBeenCalledWith('Lane 2 reopened', null));
    const log = screen.getByRole('list', { name: 'Activity log, oldest first' });
    await waitFor(() => expect(document.activeElement).toBe(within(log).getByText('Lane 2 reopened').closest('li')));
  });

  it('shows what people typed as user text, which wraps a long unbroken string instead of widening the page', async () => {
    renderWithProviders(<Harness />, { mocks: [operation] });
    const text = await screen.findByText(/Case file/);
    expect(text.className).toContain('jo-user-text');
  });
});
