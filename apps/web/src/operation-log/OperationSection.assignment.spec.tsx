import { screen, within } from '@testing-library/react';
import { OperationSectionDocument } from '@jointops/web-data';
import { InWorkspace, renderWithProviders } from '../test/render';
import { OperationSection } from './OperationSection';

jest.mock('../timeline/TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', shortName: 'WCSO', name: 'Wake County Sheriff' };
const ME = { id: 'u-renee', roles: ['OFFICER'], agencyId: 'a-wcso', agency: { id: 'a-wcso' } };
const CP = { __typename: 'Place' as const, id: 'pl-cp', name: 'Main CP', kind: 'COMMAND_POST' as const, address: 'Raleigh', coordinates: [[-78.638179, 35.779609]] };
const role = (id: string, title: string, assignee: string, place: typeof CP | null) => ({
  __typename: 'RoleAssignment' as const,
  ...{ id, title, agency: WCSO, assignee: { __typename: 'User' as const, id: assignee }, place },
});
const operation = {
  request: { query: OperationSectionDocument, variables: { id: 'p1' } },
  result: { data: { plan: { __typename: 'Plan', id: 'p1', roles: [role('r1', 'Traffic control', 'u-renee', CP), role('r2', 'Liaison', 'u-other', null)], timeline: [], activityLog: [] } } },
};

function Harness() {
  const plan = { id: 'p1', status: 'ACTIVE', startsAt: null, endsAt: null, agencies: [WCSO], leadAgency: WCSO };
  return (
    <InWorkspace context={{ plan, me: ME, canEdit: false }}>
      <OperationSection />
    </InWorkspace>
  );
}

describe("OperationSection: the officer's assignment on an active plan", () => {
  it('shows only the signed-in officer\'s roles under "Your assignment", with the place and its coordinates', async () => {
    renderWithProviders(<Harness />, { mocks: [operation] });
    const section = await screen.findByRole('region', { name: 'Your assignment' });
    const items = within(section).getAllByTestId('assignment');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByRole('heading', { name: 'Traffic control' })).toBeTruthy();
    expect(items[0]!.textContent).toContain('Main CP (Command post)');
    expect(items[0]!.textContent).toContain('35.77961, -78.63818');
    expect(within(items[0]!).getByRole('button', { name: 'Copy coordinates' })).toBeTruthy();
  });
});
