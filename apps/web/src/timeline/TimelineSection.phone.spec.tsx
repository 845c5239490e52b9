import { fireEvent, screen, within } from '@testing-library/react';
import type { TimelineSectionPlanFragment } from '@jointops/web-data';
import { renderWithProviders } from '../test/render';
import { resetScreenWidth, screenWidth } from '../test/screen-width';
import { formatDateTime } from './time';
import { TimelineSection } from './TimelineSection';

jest.mock('./TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

const event = (id: string, title: string, startsAt: string, endsAt: string, dependsOnIds: string[] = []) => ({
  __typename: 'TimelineEvent',
  id,
  version: 1,
  title,
  phase: 'EXECUTION',
  startsAt,
  endsAt,
  agency: null,
  dependsOnIds,
  notes: '',
  actualStartsAt: null,
  actualEndsAt: null,
  place: null,
});

const PLAN = {
  __typename: 'Plan',
  id: 'p1',
  version: 1,
  revision: 3,
  status: 'DRAFT',
  startsAt: '2027-03-01T12:00:00Z',
  endsAt: '2027-03-02T12:00:00Z',
  agencies: [],
  places: [],
  timeline: [event('e-stage', 'Staging', '2027-03-01T15:00:00Z', '2027-03-01T16:00:00Z'), event('e-move', 'Move to positions', '2027-03-01T16:00:00Z', '2027-03-01T18:00:00Z', ['e-stage'])],
} as unknown as TimelineSectionPlanFragment;

const ME = { id: 'u-maria', roles: ['PLANNER'], agencyId: 'a-cbp' };


describe('TimelineSection on a phone', () => {
  afterEach(resetScreenWidth);

  it('shows one card per event with start and end in view, instead of the table and the chart', async () => {
    screenWidth(true);
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('timeline-gantt')).toBeNull();
    const list = screen.getByRole('list', { name: /^Timeline events in start order\. Times in .+\(.+\)\.$/ });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => card.id)).toEqual(['timeline-e-stage', 'timeline-e-move']);
    const move = cards[1]!;
    expect(within(move).getByRole('heading', { level: 3 }).textContent).toBe('Move to positions');
    const fields = Object.fromEntries([...move.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(fields).toEqual({ Start: formatDateTime('2027-03-01T16:00:00Z', 'America/New_York'), End: formatDateTime('2027-03-01T18:00:00Z', 'America/New_York'), Phase: 'Execution', Agency: '—', Place: '—', 'Depends on': 'Staging' });
    fireEvent.click(within(move).getByRole('button', { name: 'Edit Move to positions' }));
    expect(await screen.findByRole('form', { name: 'Edit Move to positions' })).toBeTruthy();
  });

  it('keeps the table and the chart on wider screens', () => {
    screenWidth(false);
    renderWithProviders(<TimelineSection plan={PLAN} canEdit={false} me={ME} />);
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByTestId('timeline-gantt')).toBeTruthy();
    expect(screen.queryByTestId('timeline-cards')).toBeNull();
  });
});
