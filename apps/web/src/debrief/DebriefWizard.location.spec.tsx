import { DEFAULT_TIME_ZONE, toZonedInput } from '@jointops/domain';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DebriefFieldsFragment, DebriefInput } from '@jointops/web-data';
import { DebriefView } from './DebriefView';
import { DebriefWizard } from './DebriefWizard';
import { pause } from '../test/pause';

const objectives = [{ id: 'o1', title: 'Secure the perimeter', successCriteria: '' }];
const window = { startsAt: '2025-04-17T10:00:00Z', endsAt: '2025-04-17T22:00:00Z' };
const AT = toZonedInput(new Date(Date.parse(window.startsAt) + 3_600_000).toISOString(), DEFAULT_TIME_ZONE);

function draft(version: number, input: DebriefInput, lastStep = 1): DebriefFieldsFragment {
  return {
    __typename: 'Debrief',
    ...{ id: 'd1', version, status: 'DRAFT', submittedAt: null, author: { __typename: 'User', id: 'u1', displayName: 'Tom Hargrove' } },
    agency: { __typename: 'Agency', id: 'a1', shortName: 'WCSO', name: "Wake County Sheriff's Office" },
    outcomes: [{ __typename: 'ObjectiveOutcome', objective: { __typename: 'Objective', id: 'o1', title: 'Secure the perimeter' }, outcome: 'MET', notes: '' }],
    incidents: (input.incidents ?? []).map((i) => ({ __typename: 'Incident', type: i.type, occurredAt: i.occurredAt, description: i.description, reportedTo: i.reportedTo ?? '', location: i.location ?? null })),
    ...{ strengths: [], improvements: [], narrative: '', lastStep },
  } as unknown as DebriefFieldsFragment;
}

/** The wizard opened on the incidents step (one objective: step 1), with one incident typed in. */
function atIncidents(existing: DebriefFieldsFragment = draft(2, {})) {
  let version = existing.version;
  const onSave = jest.fn(async (input: DebriefInput) => draft(++version, input, input.lastStep ?? 1));
  render(<DebriefWizard objectives={objectives} window={window} draft={existing} onSave={onSave} onSubmit={jest.fn()} />);
  return { onSave };
}

function addIncident() {
  fireEvent.click(screen.getByRole('button', { name: 'Add an incident' }));
  fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'USE_OF_FORCE' } });
  fireEvent.change(screen.getByLabelText(/^When/), { target: { value: AT } });
  fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Driver resisted at the checkpoint' } });
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
const wait = () => pause(30);

describe('DebriefWizard: where an incident happened', () => {
  afterEach(() => delete (navigator as { geolocation?: unknown }).geolocation);

  it('refuses one of the two fields alone, naming the missing one, and saves nothing', async () => {
    const { onSave } = atIncidents();
    addIncident();
    fireEvent.change(screen.getByLabelText('Latitude'), { target: { value: '35.77961' } });
    next();
    const summary = await screen.findByRole('link', { name: 'Enter both latitude and longitude, or neither.' });
    expect(summary.getAttribute('href')).toMatch(/^#incident-\d+-longitude$/);
    expect(screen.getByLabelText('Longitude').getAttribute('aria-invalid')).toBe('true');
    await wait();
    expect(onSave).not.toHaveBeenCalled();
  });

  it.each([
    ['a latitude out of range', '95', '-78.6', 'Latitude', 'Latitude must be a number from −90 to 90.'],
    ['a longitude out of range', '35.7', '-200', 'Longitude', 'Longitude must be a number from −180 to 180.'],
    ['a latitude that is not a number', 'north', '-78.6', 'Latitude', 'Latitude must be a number from −90 to 90.'],
  ])('refuses %s with the shared rule, at its field, and saves nothing', async (_what, latitude, longitude, label, message) => {
    const { onSave } = atIncidents();
    addIncident();
    fireEvent.change(screen.getByLabelText('Latitude'), { target: { value: latitude } });
    fireEvent.change(screen.getByLabelText('Longitude'), { target: { value: longitude } });
    next();
    expect(await screen.findByRole('link', { name: message })).toBeTruthy();
    expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    await wait();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the location as [longitude, latitude], and none when both fields are empty', async () => {
    const { onSave } = atIncidents();
    addIncident();
    fireEvent.change(screen.getByLabelText('Latitude'), { target: { value: ' 35,77961 ' } });
    // A decimal comma (as many phones type it) and a typographic minus are read as meant.
    fireEvent.change(screen.getByLabelText('Longitude'), { target: { value: '−78.63818' } });
    next();
    await screen.findByRole('heading', { name: 'Strengths' });
    const input = onSave.mock.calls[0]![0];
    expect(input.incidents?.[0]?.location).toEqual([-78.63818, 35.77961]);

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Incidents' });
    fireEvent.change(screen.getByLabelText('Latitude'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Longitude'), { target: { value: '' } });
    next();
    await screen.findByRole('heading', { name: 'Strengths' });
    expect(onSave.mock.calls.at(-1)![0].incidents?.[0]).not.toHaveProperty('location');
  });

  it('opens a saved location in the fields, latitude and longitude, and shows it on review', async () => {
    const saved = draft(3, { incidents: [{ type: 'SAFETY', occurredAt: new Date(Date.parse(window.startsAt) + 3_600_000).toISOString(), description: 'Near miss', location: [-78.63818, 35.77961] }] });
    atIncidents(saved);
    expect((screen.getByLabelText('Latitude') as HTMLInputElement).value).toBe('35.77961');
    expect((screen.getByLabelText('Longitude') as HTMLInputElement).value).toBe('-78.63818');
    for (const heading of ['Strengths', 'Improvements', 'Narrative', 'Review and submit']) {
      next();
      await screen.findByRole('heading', { name: heading });
    }
    expect(screen.getByText(/at 35\.77961, -78\.63818: Near miss$/)).toBeTruthy();
  });

  it('"Use my location" fills both fields from the device', async () => {
    const getCurrentPosition = jest.fn((ok: PositionCallback) => ok({ coords: { latitude: 35.779609, longitude: -78.638179, accuracy: 12 } } as GeolocationPosition));
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
    atIncidents();
    addIncident();
    fireEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    expect((screen.getByLabelText('Latitude') as HTMLInputElement).value).toBe('35.77961');
    expect((screen.getByLabelText('Longitude') as HTMLInputElement).value).toBe('-78.63818');
    const fieldset = screen.getByRole('group', { name: 'Where it happened (optional)' });
    expect(within(fieldset).getByRole('status').textContent).toContain('35.77961, -78.63818 (to within about 12 m)');
  });

  it('says clearly when the location is refused, and leaves the fields to be typed', async () => {
    const denied = { code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError;
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail?.(denied) } });
    atIncidents();
    addIncident();
    fireEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    const fieldset = screen.getByRole('group', { name: 'Where it happened (optional)' });
    await waitFor(() => expect(within(fieldset).getByRole('status').textContent).toMatch(/^Your location was not shared/));
    expect((screen.getByLabelText('Latitude') as HTMLInputElement).value).toBe('');
  });

  it('offers no "Use my location" where the browser has no geolocation', () => {
    atIncidents();
    addIncident();
    expect(screen.queryByRole('button', { name: 'Use my location' })).toBeNull();
  });

  it('shows a submitted incident\'s coordinates, as the after-action report lists them', () => {
    const saved = draft(3, { incidents: [{ type: 'SAFETY', occurredAt: '2025-04-17T11:00:00Z', description: 'Near miss', location: [-78.63818, 35.77961] }, { type: 'OTHER', occurredAt: '2025-04-17T12:00:00Z', description: 'Nothing placed' }] });
    render(<DebriefView debrief={saved} />);
    const shown = screen.getAllByTestId('incident-location');
    expect(shown.map((element) => element.textContent)).toEqual(['35.77961, -78.63818']);
    expect(shown[0]!.closest('li')!.textContent).toContain('at 35.77961, -78.63818 (latitude, longitude): Near miss');
  });
});
