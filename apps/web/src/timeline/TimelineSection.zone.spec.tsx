import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddTimelineEventDocument, type TimelineSectionPlanFragment } from '@jointops/web-data';
import { PlanTimeZoneProvider } from '../shared/plan-time';
import { renderWithProviders } from '../test/render';
import { TimelineSection } from './TimelineSection';

jest.mock('./TimelineGantt', () => ({ TimelineGantt: ({ zone }: { zone: string }) => <div data-testid="timeline-gantt" data-zone={zone} /> }));

type Event = TimelineSectionPlanFragment['timeline'][number];

const event = (id: string, title: string, startsAt: string, endsAt: string) =>
  ({ __typename: 'TimelineEvent', id, version: 1, title, phase: 'BRIEFING', startsAt, endsAt, agency: null, dependsOnIds: [], notes: '', actualStartsAt: null, actualEndsAt: null, place: null }) as unknown as Event;

// A January event and a June one: standard and daylight time in the same plan.
const PLAN = {
  __typename: 'Plan',
  id: 'p1',
  version: 1,
  revision: 3,
  status: 'DRAFT',
  startsAt: '2027-01-10T12:00:00Z',
  endsAt: '2027-06-30T12:00:00Z',
  agencies: [],
  places: [],
  timeline: [event('e-jan', 'Winter briefing', '2027-01-15T12:00:00Z', '2027-01-15T13:00:00Z'), event('e-jun', 'Summer briefing', '2027-06-15T11:00:00Z', '2027-06-15T12:00:00Z')],
} as unknown as TimelineSectionPlanFragment;

const ME = { id: 'u-maria', roles: ['PLANNER'], agencyId: 'a-cbp' };

/** Whatever TZ the test process runs in, the plan's zone decides what is shown. */
describe('TimelineSection in the plan’s time zone', () => {
  it('shows New York times as EST in January and EDT in June, and names the zone in the caption', () => {
    renderWithProviders(
      <PlanTimeZoneProvider zone="America/New_York">
        <TimelineSection plan={PLAN} canEdit={false} me={ME} />
      </PlanTimeZoneProvider>,
    );
    const table = screen.getByRole('table');
    const cells = (id: string) => within(table.querySelector(`#timeline-${id}`) as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells('e-jan').slice(3, 5)).toEqual(['Jan 15, 2027, 7:00 AM EST', 'Jan 15, 2027, 8:00 AM EST']);
    expect(cells('e-jun').slice(3, 5)).toEqual(['Jun 15, 2027, 7:00 AM EDT', 'Jun 15, 2027, 8:00 AM EDT']);
    expect(table.querySelector('caption')!.textContent).toBe('Timeline events in start order. Times in Eastern (America/New_York).');
    expect(screen.getByText(/Plan window:/).textContent).toContain('Jan 10, 2027, 7:00 AM EST to Jun 30, 2027, 8:00 AM EDT');
    expect(screen.getByTestId('timeline-gantt').getAttribute('data-zone')).toBe('America/New_York');
  });

  it('shows a Los Angeles plan in Pacific time', () => {
    renderWithProviders(
      <PlanTimeZoneProvider zone="America/Los_Angeles">
        <TimelineSection plan={PLAN} canEdit={false} me={ME} />
      </PlanTimeZoneProvider>,
    );
    const row = screen.getByRole('table').querySelector('#timeline-e-jun') as HTMLElement;
    expect(within(row).getAllByRole('cell')[3]!.textContent).toBe('Jun 15, 2027, 4:00 AM PDT');
  });

  it('reads 06:00 typed on a Chicago plan as 06:00 Chicago time (11:00Z in April), and fills the edit form on Chicago clocks', async () => {
    const added = jest.fn(() => ({ data: { addTimelineEvent: event('e-new', 'Dawn briefing', '2027-04-17T11:00:00.000Z', '2027-04-17T12:00:00.000Z') } }));
    renderWithProviders(
      <PlanTimeZoneProvider zone="America/Chicago">
        <TimelineSection plan={PLAN} canEdit me={ME} />
      </PlanTimeZoneProvider>,
      {
        mocks: [
          {
            request: {
              query: AddTimelineEventDocument,
              variables: { planId: 'p1', input: { title: 'Dawn briefing', phase: 'PREPARATION', startsAt: '2027-04-17T11:00:00.000Z', endsAt: '2027-04-17T12:00:00.000Z', agencyId: null, dependsOnIds: [], notes: '' } },
            },
            result: added,
          },
        ],
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit Winter briefing' }));
    const edit = await screen.findByRole('form', { name: 'Edit Winter briefing' });
    expect((within(edit).getByLabelText('Start') as HTMLInputElement).value).toBe('2027-01-15T06:00');
    expect(within(edit).getAllByText("In the plan's time zone, Central (America/Chicago).", { selector: '.usa-hint' })).toHaveLength(2);
    fireEvent.click(within(edit).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(screen.getByRole('button', { name: 'Add an event' }));
    const form = await screen.findByRole('form', { name: 'Add a timeline event' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Dawn briefing' } });
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: '2027-04-17T06:00' } });
    fireEvent.change(within(form).getByLabelText('End'), { target: { value: '2027-04-17T07:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add event' }));
    await waitFor(() => expect(added).toHaveBeenCalled());
  });
});
