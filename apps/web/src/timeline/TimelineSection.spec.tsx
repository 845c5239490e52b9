import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddTimelineEventDocument, UpdateTimelineEventDocument, type TimelineSectionPlanFragment } from '@jointops/web-data';
import { renderWithProviders } from '../test/render';
import { TimelineSection } from './TimelineSection';
import { pause } from '../test/pause';

// The chart needs layout APIs jsdom lacks; the table carries the same data.
jest.mock('./TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

type Event = TimelineSectionPlanFragment['timeline'][number];

function event(id: string, title: string, phase: Event['phase'], startsAt: string, endsAt: string, dependsOnIds: string[] = []): Event {
  return {
    __typename: 'TimelineEvent',
    id,
    version: 1,
    title,
    phase,
    startsAt,
    endsAt,
    agency: id === 'e-brief' ? ({ __typename: 'Agency', id: 'a-cbp', shortName: 'CBP' } as Event['agency']) : null,
    dependsOnIds,
    notes: '',
    actualStartsAt: null,
    actualEndsAt: null,
    place: null,
  } as Event;
}

const PLAN = {
  __typename: 'Plan',
  id: 'p1',
  version: 1,
  revision: 7,
  status: 'DRAFT',
  startsAt: '2027-03-01T12:00:00Z',
  endsAt: '2027-03-02T12:00:00Z',
  agencies: [{ __typename: 'Agency', id: 'a-cbp', shortName: 'CBP', name: 'U.S. Customs and Border Protection' }],
  places: [],
  timeline: [
    event('e-brief', 'Joint briefing', 'BRIEFING', '2027-03-01T13:00:00Z', '2027-03-01T14:00:00Z'),
    event('e-stage', 'Staging', 'EXECUTION', '2027-03-01T15:00:00Z', '2027-03-01T16:00:00Z', ['e-brief']),
    event('e-move', 'Move to positions', 'EXECUTION', '2027-03-01T16:00:00Z', '2027-03-01T18:00:00Z', ['e-stage', 'e-brief']),
  ],
} as unknown as TimelineSectionPlanFragment;

const ME = { id: 'u-maria', roles: ['PLANNER'], agencyId: 'a-cbp' };
const wait = () => pause(30);

describe('TimelineSection', () => {
  it('lists events in start order with phase, agency and the dependencies named', () => {
    renderWithProviders(<TimelineSection plan={PLAN} canEdit={false} me={ME} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.id)).toEqual(['timeline-e-brief', 'timeline-e-stage', 'timeline-e-move']);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Joint briefing');
    expect(rows[0]!.textContent).toContain('Briefing');
    expect(rows[0]!.textContent).toContain('CBP');
    // Named from the section's own events, in the timeline's order whatever the order of the ids.
    expect(within(rows[2]!).getAllByRole('cell')[5]!.textContent).toBe('Joint briefing, Staging');
    expect(within(rows[1]!).getAllByRole('cell')[5]!.textContent).toBe('Joint briefing');
    expect(within(rows[0]!).getAllByRole('cell')[5]!.textContent).toBe('—');
    expect(table.querySelector('caption')!.textContent).toMatch(/Times in .+\(.+\)/);
    expect(screen.getByTestId('timeline-gantt')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('refuses an end before the start without sending', async () => {
    const result = jest.fn(() => ({ data: { addTimelineEvent: PLAN.timeline[0] } }));
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />, {
      mocks: [{ request: { query: AddTimelineEventDocument, variables: () => true }, result }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add an event' }));
    const form = await screen.findByRole('form', { name: 'Add a timeline event' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Debrief' } });
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: '2027-03-01T18:00' } });
    fireEvent.change(within(form).getByLabelText('End'), { target: { value: '2027-03-01T17:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add event' }));

    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain('End must not be before start.');
    const end = within(form).getByLabelText('End');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(end);
    await wait();
    expect(result).not.toHaveBeenCalled();
  });

  it('refuses a dependency cycle without sending', async () => {
    const result = jest.fn(() => ({ data: { updateTimelineEvent: PLAN.timeline[0] } }));
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />, {
      mocks: [{ request: { query: UpdateTimelineEventDocument, variables: () => true }, result }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Joint briefing' }));
    const form = await screen.findByRole('form', { name: 'Edit Joint briefing' });
    // "Move to positions" already depends on the briefing.
    fireEvent.click(within(form).getByLabelText('Move to positions'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));

    expect(within(form).getByRole('alert', { name: 'There is a problem' }).textContent).toContain('would create a cycle');
    await wait();
    expect(result).not.toHaveBeenCalled();
  });

  it('Save with nothing changed sends nothing and asks nothing; focus goes back to the Edit button', async () => {
    const result = jest.fn(() => ({ data: { updateTimelineEvent: PLAN.timeline[0] } }));
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />, {
      mocks: [{ request: { query: UpdateTimelineEventDocument, variables: () => true }, result }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Joint briefing' }));
    const form = await screen.findByRole('form', { name: 'Edit Joint briefing' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));
    expect(await screen.findByText('Nothing changed, so nothing was saved.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Joint briefing' })));
    await wait();
    expect(result).not.toHaveBeenCalled();
  });

  it('warns, without blocking, about starting before a dependency ends or leaving the plan window', async () => {
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add an event' }));
    const form = await screen.findByRole('form', { name: 'Add a timeline event' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Early' } });
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: '2027-02-28T01:00' } });
    fireEvent.change(within(form).getByLabelText('End'), { target: { value: '2027-02-28T02:00' } });
    fireEvent.click(within(form).getByLabelText('Staging'));
    expect(form.textContent).toContain('It starts before "Staging" ends.');
    expect(form.textContent).toContain("It falls outside the plan's window.");
  });
});
