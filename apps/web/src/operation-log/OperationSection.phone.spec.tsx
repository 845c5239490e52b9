import { screen, within } from '@testing-library/react';
import { OperationSectionDocument } from '@jointops/web-data';
import { resetScreenWidth, screenWidth } from '../test/screen-width';
import { InWorkspace, renderWithProviders } from '../test/render';
import { OperationSection } from './OperationSection';

jest.mock('../timeline/TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', shortName: 'WCSO', name: 'Wake County Sheriff' };
const ME = { id: 'u-renee', roles: ['OFFICER'], agencyId: 'a-wcso', agency: { id: 'a-wcso' } };
const EVENT = {
  __typename: 'TimelineEvent' as const,
  id: 'e1',
  version: 2,
  title: 'Stage at the weigh station',
  phase: 'STAGING',
  startsAt: '2027-03-01T15:00:00Z',
  endsAt: '2027-03-01T16:00:00Z',
  agency: null,
  dependsOnIds: [],
  notes: '',
  actualStartsAt: '2027-03-01T15:10:00Z',
  actualEndsAt: null,
  place: null,
};
const operation = {
  request: { query: OperationSectionDocument, variables: { id: 'p1' } },
  result: { data: { plan: { __typename: 'Plan', id: 'p1', roles: [], timeline: [EVENT], activityLog: [] } } },
};

function Harness() {
  const plan = { id: 'p1', status: 'ACTIVE', startsAt: '2027-03-01T12:00:00Z', endsAt: '2027-03-02T12:00:00Z', agencies: [WCSO], leadAgency: WCSO };
  return (
    <InWorkspace context={{ plan, me: ME, canEdit: false }}>
      <OperationSection />
    </InWorkspace>
  );
}


describe('OperationSection: planned and actual times by screen width', () => {
  afterEach(resetScreenWidth);

  it('on a phone leaves out the chart (no room for its time axis) and stacks the table, each field named', async () => {
    screenWidth(true);
    renderWithProviders(<Harness />, { mocks: [operation] });
    const table = await screen.findByRole('table', { name: /^Planned and actual times of each timeline event/ });
    expect(screen.queryByTestId('timeline-gantt')).toBeNull();
    expect(table.className).toContain('usa-table--stacked-header');
    const row = within(table).getByRole('row', { name: /Stage at the weigh station/ });
    expect([...row.querySelectorAll('td')].map((cell) => cell.getAttribute('data-label')).slice(0, 3)).toEqual(['Planned', 'Actual start', 'Actual end']);
  });

  it('draws the chart above the table on wider screens', async () => {
    screenWidth(false);
    renderWithProviders(<Harness />, { mocks: [operation] });
    await screen.findByRole('table', { name: /^Planned and actual times of each timeline event/ });
    expect(await screen.findByTestId('timeline-gantt')).toBeTruthy();
  });
});
