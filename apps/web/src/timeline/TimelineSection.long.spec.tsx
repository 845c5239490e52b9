import { fireEvent, screen, within } from '@testing-library/react';
import type { TimelineSectionPlanFragment } from '@jointops/web-data';
import { renderWithProviders } from '../test/render';
import { resetScreenWidth, screenWidth } from '../test/screen-width';
import { WINDOWING_THRESHOLD } from '../shared/useWindowedRows';
import { TimelineSection } from './TimelineSection';

jest.mock('./TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

const COUNT = 500;
const at = (minutes: number) => new Date(Date.UTC(2027, 2, 1, 6) + minutes * 60_000).toISOString();
const event = (index: number) => ({
  __typename: 'TimelineEvent',
  id: `e${index}`,
  version: 1,
  title: `Event ${index}`,
  phase: 'EXECUTION',
  startsAt: at(index * 4),
  endsAt: at(index * 4 + 30),
  agency: null,
  dependsOnIds: [],
  notes: '',
  actualStartsAt: null,
  actualEndsAt: null,
  place: null,
});

// The bench's plan: 500 events.
const PLAN = {
  __typename: 'Plan',
  id: 'p1',
  version: 1,
  revision: 3,
  status: 'DRAFT',
  startsAt: '2027-03-01T00:00:00Z',
  endsAt: '2027-03-03T00:00:00Z',
  agencies: [],
  places: [],
  timeline: Array.from({ length: COUNT }, (_, i) => event(i + 1)),
} as unknown as TimelineSectionPlanFragment;

const ME = { id: 'u-maria', roles: ['PLANNER'], agencyId: 'a-cbp' };


describe('a long timeline', () => {
  beforeEach(() => (window.scrollTo = jest.fn()));
  afterEach(resetScreenWidth);

  it('lays out only the table rows near the viewport; the table still counts all 500 events for screen readers', () => {
    screenWidth(false);
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />);
    const table = screen.getByRole('table', { name: /^Timeline events in start order/ });
    expect(table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(WINDOWING_THRESHOLD);
    expect(rows[0]!.closest('tr')!.getAttribute('aria-rowindex')).toBe('2');
    // Rows keep their ids and actions: focus can return to an event after editing it.
    expect(within(rows[0]!.closest('tr')!).getByRole('button', { name: 'Edit Event 1' })).toBeTruthy();
    expect(document.getElementById('timeline-e450')).toBeNull();
  });

  it('renders the event a link names (#timeline-<id>, from a readiness blocker) even when it is far down', () => {
    screenWidth(false);
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />, { route: '/plans/p1/timeline#timeline-e450' });
    const row = document.getElementById('timeline-e450')!;
    expect(row).not.toBeNull();
    expect(row.getAttribute('aria-rowindex')).toBe('451');
    expect(window.scrollTo).toHaveBeenCalled();
  });

  it("the event form lists the event's own dependency and 20 of the 498 others, with a find box for the rest", async () => {
    screenWidth(false);
    const plan = { ...PLAN, timeline: PLAN.timeline.map((e) => (e.id === 'e300' ? { ...e, dependsOnIds: ['e450'] } : e)) };
    renderWithProviders(<TimelineSection plan={plan} canEdit me={ME} />, { route: '/plans/p1/timeline#timeline-e300' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Event 300' }));
    const form = await screen.findByRole('form', { name: 'Edit Event 300' });
    const group = within(form).getByRole('group', { name: /^Depends on/ });
    const labels = () => within(group).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels()).toHaveLength(21);
    expect(labels()).toContain('Event 450');
    expect(within(group).getByRole('status').textContent).toBe('Showing 20 of 498 other events: type part of a title to find the rest.');
    fireEvent.change(within(group).getByLabelText('Find an event by title'), { target: { value: 'event 49' } });
    expect(labels()).toEqual(['Event 49', 'Event 450', 'Event 490', 'Event 491', 'Event 492', 'Event 493', 'Event 494', 'Event 495', 'Event 496', 'Event 497', 'Event 498', 'Event 499']);
  });

  it('on a phone, renders only the cards near the viewport, each saying its place among all events', () => {
    screenWidth(true);
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />);
    const list = screen.getByRole('list', { name: /^Timeline events in start order/ });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(WINDOWING_THRESHOLD);
    expect(cards.map((card) => [card.getAttribute('aria-posinset'), card.getAttribute('aria-setsize')])[0]).toEqual(['1', String(COUNT)]);
    expect(cards.every((card) => card.getAttribute('aria-setsize') === String(COUNT))).toBe(true);
  });
});
