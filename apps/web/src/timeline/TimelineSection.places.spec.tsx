import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddTimelineEventDocument, UpdateTimelineEventDocument, type TimelineSectionPlanFragment } from '@jointops/web-data';
import { resetScreenWidth, screenWidth } from '../test/screen-width';
import { renderWithProviders } from '../test/render';
import { TimelineSection } from './TimelineSection';

jest.mock('./TimelineGantt', () => ({ TimelineGantt: () => <div data-testid="timeline-gantt" /> }));

type Event = TimelineSectionPlanFragment['timeline'][number];

const event = (id: string, title: string, startsAt: string, endsAt: string, placeId: string | null): Event =>
  ({
    ...{ __typename: 'TimelineEvent', id, version: 3, title, phase: 'EXECUTION', startsAt, endsAt, agency: null, dependsOnIds: [], notes: '' },
    ...{ actualStartsAt: null, actualEndsAt: null, place: placeId ? { __typename: 'Place', id: placeId } : null },
  }) as unknown as Event;

const PLAN = {
  __typename: 'Plan',
  ...{ id: 'p1', version: 1, revision: 7, status: 'DRAFT', startsAt: '2027-03-01T12:00:00Z', endsAt: '2027-03-02T12:00:00Z', agencies: [] },
  places: [
    { __typename: 'Place', id: 'pl-cp', name: 'Main CP', kind: 'COMMAND_POST' },
    { __typename: 'Place', id: 'pl-route', name: 'I-40 east', kind: 'ROUTE' },
  ],
  timeline: [event('e-stage', 'Staging', '2027-03-01T15:00:00Z', '2027-03-01T16:00:00Z', 'pl-cp'), event('e-move', 'Move to positions', '2027-03-01T16:00:00Z', '2027-03-01T18:00:00Z', null)],
} as unknown as TimelineSectionPlanFragment;

const ME = { id: 'u-maria', roles: ['PLANNER'], agencyId: 'a-cbp' };


describe('TimelineSection: an event names a place of the plan', () => {
  afterEach(resetScreenWidth);

  it("shows each event's place, with its kind, linking to the Places section", () => {
    renderWithProviders(<TimelineSection plan={PLAN} canEdit={false} me={ME} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Place' })).toBeTruthy();
    const staging = table.querySelector('#timeline-e-stage') as HTMLElement;
    const link = within(staging).getByRole('link', { name: 'Main CP' });
    expect(link.getAttribute('href')).toBe('/plans/p1/places');
    expect(within(staging).getAllByRole('cell')[2]!.textContent).toBe('Main CP (Command post)');
    expect(within(table.querySelector('#timeline-e-move') as HTMLElement).getAllByRole('cell')[2]!.textContent).toBe('—');
  });

  it('shows the place on the phone cards too', () => {
    screenWidth(true);
    renderWithProviders(<TimelineSection plan={PLAN} canEdit={false} me={ME} />);
    const card = document.getElementById('timeline-e-stage') as HTMLElement;
    const fields = Object.fromEntries([...card.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(fields['Place']).toBe('Main CP (Command post)');
    expect(within(card).getByRole('link', { name: 'Main CP' }).getAttribute('href')).toBe('/plans/p1/places');
  });

  it("offers the plan's places in the form and sends the chosen one as placeId", async () => {
    const result = jest.fn(() => ({ data: { addTimelineEvent: event('e-new', 'Sweep', '2027-03-01T19:00:00.000Z', '2027-03-01T20:00:00.000Z', 'pl-route') } }));
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />, {
      mocks: [{ request: { query: AddTimelineEventDocument, variables: () => true }, result }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add an event' }));
    const form = await screen.findByRole('form', { name: 'Add a timeline event' });
    const select = within(form).getByRole('combobox', { name: 'Place (optional)' }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['— None —', 'Main CP (Command post)', 'I-40 east (Route)']);
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Sweep' } });
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: '2027-03-01T14:00' } });
    fireEvent.change(within(form).getByLabelText('End'), { target: { value: '2027-03-01T15:00' } });
    fireEvent.change(select, { target: { value: 'pl-route' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add event' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
    const [variables] = result.mock.calls[0] as unknown as [{ input: Record<string, unknown> }];
    expect(variables.input['placeId']).toBe('pl-route');
  });

  it('clears the place with an explicit null in the patch, and sends no placeId when it did not change', async () => {
    const result = jest.fn(() => ({ data: { updateTimelineEvent: event('e-stage', 'Staging', '2027-03-01T15:00:00Z', '2027-03-01T16:00:00Z', null) } }));
    renderWithProviders(<TimelineSection plan={PLAN} canEdit me={ME} />, {
      mocks: [{ request: { query: UpdateTimelineEventDocument, variables: () => true }, result, maxUsageCount: 2 }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Staging' }));
    let form = await screen.findByRole('form', { name: 'Edit Staging' });
    const select = within(form).getByRole('combobox', { name: 'Place (optional)' }) as HTMLSelectElement;
    expect(select.value).toBe('pl-cp');
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Staging at dawn' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect((result.mock.calls[0] as unknown as [{ patch: Record<string, unknown> }])[0].patch).toEqual({ title: 'Staging at dawn' });

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Staging' }));
    form = await screen.findByRole('form', { name: 'Edit Staging' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Place (optional)' }), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(2));
    const [{ id, patch }] = result.mock.calls[1] as unknown as [{ id: string; patch: Record<string, unknown> }];
    expect(id).toBe('e-stage');
    expect(patch).toEqual({ placeId: null });
  });
});
