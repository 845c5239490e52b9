import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddPlaceDocument, MapSettingsDocument, PlacesSectionDocument, RemovePlaceDocument, UpdatePlaceDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { InWorkspace, renderWithProviders } from '../test/render';
import { PlacesSection } from './PlacesSection';

// Leaflet draws in jsdom (map/PlaceMap.spec.tsx), but has no layout to click on: here the map is a
// stand-in that clicks at chosen coordinates and drags a marker.
jest.mock('./map/PlaceMap', () => ({
  __esModule: true,
  default: (props: { places: Array<{ id: string; name: string }>; onMapClick?: (p: [number, number]) => void; onMove?: (place: object, p: [number, number]) => Promise<boolean>; movable?: boolean; picking?: boolean }) => (
    <div data-testid="place-map" data-picking={String(Boolean(props.picking))}>
      <button type="button" onClick={() => props.onMapClick?.([-78.63818, 35.77961])}>map click Raleigh</button>
      <button type="button" onClick={() => props.onMapClick?.([-78.9, 35.99])}>map click Durham</button>
      <button type="button" onClick={() => props.onMapClick?.([-79.79, 36.07])}>map click Greensboro</button>
      {props.movable ? props.places.map((place) => (
        <button key={place.id} type="button" onClick={() => void props.onMove?.(place, [-78.7, 35.8])}>
          drag {place.name}
        </button>
      )) : null}
    </div>
  ),
}));

const place = (id: string, name: string, kind: string, coordinates: number[][], version = 1) => ({ __typename: 'Place' as const, id, version, name, kind, coordinates, address: '', notes: '', createdAt: '2027-01-01T00:00:00Z', namedBy: [] as string[] });
const CP = place('cp', 'Raleigh command post', 'COMMAND_POST', [[-78.63818, 35.77961]]);

const sectionMock = (places: object[]) => ({ request: { query: PlacesSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', places } } } });
const settingsMock = { request: { query: MapSettingsDocument }, result: { data: { mapSettings: { __typename: 'MapSettings', tilesUrl: null, attribution: 'Boundaries: U.S. Census Bureau (us-atlas)' } } } };

function renderSection(options: { places?: object[]; canEdit?: boolean; mocks?: object[] } = {}) {
  const mocks = [sectionMock(options.places ?? [CP]), settingsMock, ...(options.mocks ?? [])];
  return renderWithProviders(
    <InWorkspace context={{ plan: { id: 'p1', status: 'DRAFT', approvals: [] }, canEdit: options.canEdit ?? true }}>
      <PlacesSection />
    </InWorkspace>,
    { mocks: mocks as never },
  );
}

const addForm = () => screen.getByRole('form', { name: 'Add a place' });
const addMock = (input: object, answer: object) => ({ request: { query: AddPlaceDocument, variables: { planId: 'p1', input } }, result: { data: { addPlace: answer } } });

describe('PlacesSection', () => {
  it('lists the places in a table beside the map: name, kind, coordinates, address', async () => {
    renderSection({ places: [CP, { ...place('rt', 'Escort route', 'ROUTE', [[-78.64, 35.78], [-78.7, 35.8], [-78.9, 35.99]]), address: 'I-40 W' }] });
    const table = await screen.findByRole('table', { name: 'Places of the plan' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => Array.from(row.querySelectorAll('th, td')).slice(0, 4).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Raleigh command post', 'Command post (CP)', '35.77961, -78.63818', ''],
      ['Escort route', 'Route (RT)', '35.78000, -78.64000 to 35.99000, -78.90000 (3 points)', 'I-40 W'],
    ]);
    expect(await screen.findByTestId('place-map')).toBeTruthy();
  });

  it('adds a checkpoint by keyboard through the form: latitude and longitude become [longitude, latitude]', async () => {
    const added = place('ck', 'Checkpoint exit 289', 'CHECKPOINT', [[-78.58, 35.79]]);
    renderSection({ mocks: [addMock({ name: 'Checkpoint exit 289', kind: 'CHECKPOINT', coordinates: [[-78.58, 35.79]], address: 'I-40 exit 289', notes: '' }, added)] });
    await screen.findByRole('table', { name: 'Places of the plan' });
    const form = addForm();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Checkpoint exit 289' } });
    fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: 'CHECKPOINT' } });
    fireEvent.change(within(form).getByLabelText(/^Latitude/), { target: { value: '35.79' } });
    fireEvent.change(within(form).getByLabelText(/^Longitude/), { target: { value: '-78.58' } });
    fireEvent.change(within(form).getByLabelText(/^Address/), { target: { value: 'I-40 exit 289' } });
    fireEvent.submit(form);
    const row = await waitFor(() => {
      const element = document.getElementById('place-ck');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(within(row).getByRole('rowheader').textContent).toContain('Checkpoint exit 289');
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  it('checks the form with the API’s schema before sending: a latitude out of range is named on its field', async () => {
    renderSection();
    await screen.findByRole('table', { name: 'Places of the plan' });
    const form = addForm();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Typo' } });
    fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: 'CHECKPOINT' } });
    fireEvent.change(within(form).getByLabelText(/^Latitude/), { target: { value: '135.7' } });
    fireEvent.change(within(form).getByLabelText(/^Longitude/), { target: { value: '-78.6' } });
    fireEvent.submit(form);
    const latitude = within(form).getByLabelText(/^Latitude/);
    await waitFor(() => expect(latitude.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getAllByText('Latitude must be a number from −90 to 90.').length).toBeGreaterThan(0);
    expect(document.activeElement).toBe(latitude);
  });

  it('puts the server’s field error on the named field (input.coordinates[0][0] → Longitude)', async () => {
    const refused = new GraphQLError('Bad input', { extensions: { code: 'BAD_USER_INPUT', violations: [{ field: 'input.coordinates[0][0]', message: 'Longitude must be a number from −180 to 180.' }] } });
    const add = { request: { query: AddPlaceDocument, variables: () => true }, result: { errors: [refused] } };
    renderSection({ mocks: [add] });
    await screen.findByRole('table', { name: 'Places of the plan' });
    const form = addForm();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Staging B' } });
    fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: 'STAGING_AREA' } });
    fireEvent.change(within(form).getByLabelText(/^Latitude/), { target: { value: '35.7' } });
    fireEvent.change(within(form).getByLabelText(/^Longitude/), { target: { value: '-78.6' } });
    fireEvent.submit(form);
    const longitude = within(form).getByLabelText(/^Longitude/);
    await waitFor(() => expect(longitude.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${longitude.id}-error`)?.textContent).toContain('Longitude must be a number from −180 to 180.');
  });

  it('places a point with the mouse: the add form opens with its kind and coordinates, focus on the name', async () => {
    const added = place('cp2', 'Forward command post', 'COMMAND_POST', [[-78.63818, 35.77961]]);
    renderSection({ places: [], mocks: [addMock({ name: 'Forward command post', kind: 'COMMAND_POST', coordinates: [[-78.63818, 35.77961]], address: '', notes: '' }, added)] });
    await screen.findByText('No places yet');
    const tools = screen.getByRole('group', { name: 'Map tools' });
    expect(within(tools).getByLabelText('Kind of point')).toHaveProperty('value', 'COMMAND_POST');
    fireEvent.click(within(tools).getByRole('button', { name: 'Place a point' }));
    expect(within(tools).getByRole('button', { name: 'Place a point' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('map-instructions').textContent).toBe('Click the map where the command post is. Escape cancels.');
    fireEvent.click(await screen.findByRole('button', { name: 'map click Raleigh' }));
    const form = addForm();
    expect(within(form).getByLabelText(/^Kind/)).toHaveProperty('value', 'COMMAND_POST');
    expect(within(form).getByLabelText(/^Latitude/)).toHaveProperty('value', '35.77961');
    expect(within(form).getByLabelText(/^Longitude/)).toHaveProperty('value', '-78.63818');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/^Name/)));
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Forward command post' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('rowheader', { name: /Forward command post/ })).toBeTruthy();
  });

  it('draws a route with the mouse: clicks add points, Finish route needs two, the form gets them in order; Escape cancels', async () => {
    renderSection();
    await screen.findByRole('table', { name: 'Places of the plan' });
    const tools = screen.getByRole('group', { name: 'Map tools' });
    fireEvent.click(within(tools).getByRole('button', { name: 'Draw a route' }));
    fireEvent.click(screen.getByRole('button', { name: 'map click Raleigh' }));
    expect(within(tools).getByRole('button', { name: 'Finish route' })).toHaveProperty('disabled', true);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(within(tools).queryByRole('button', { name: 'Finish route' })).toBeNull();
    expect(screen.getByTestId('place-map').dataset['picking']).toBe('false');

    fireEvent.click(within(tools).getByRole('button', { name: 'Draw a route' }));
    for (const town of ['Raleigh', 'Durham', 'Greensboro']) fireEvent.click(screen.getByRole('button', { name: `map click ${town}` }));
    expect(screen.getByTestId('map-instructions').textContent).toContain('3 points so far');
    fireEvent.click(within(tools).getByRole('button', { name: 'Finish route' }));
    const form = addForm();
    expect(within(form).getByLabelText(/^Kind/)).toHaveProperty('value', 'ROUTE');
    expect(['Point 1', 'Point 2', 'Point 3'].map((label) => (within(form).getByLabelText(label) as HTMLInputElement).value)).toEqual(['35.77961, -78.63818', '35.99000, -78.90000', '36.07000, -79.79000']);
  });

  it('a route typed in the form: the point typed becomes its first row, and too few points are named on the rows', async () => {
    renderSection();
    await screen.findByRole('table', { name: 'Places of the plan' });
    const form = addForm();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Escort' } });
    fireEvent.change(within(form).getByLabelText(/^Latitude/), { target: { value: '35.7' } });
    fireEvent.change(within(form).getByLabelText(/^Longitude/), { target: { value: '-78.6' } });
    fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: 'ROUTE' } });
    expect((within(form).getByLabelText('Point 1') as HTMLInputElement).value).toBe('35.70000, -78.60000');
    expect((within(form).getByLabelText('Point 2') as HTMLInputElement).value).toBe('');
    fireEvent.submit(form);
    const first = within(form).getByLabelText('Point 1');
    await waitFor(() => expect(first.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${first.id}-error`)?.textContent).toContain('A route has 2 to 500 points; it has 1.');
    expect(document.activeElement).toBe(first);
    fireEvent.click(within(form).getByRole('button', { name: 'Add a point' }));
    expect(within(form).getByLabelText('Point 3')).toBeTruthy();
  });

  it('a bad route row is the one marked and focused; removing a row keeps focus in the list', async () => {
    renderSection();
    await screen.findByRole('table', { name: 'Places of the plan' });
    const form = addForm();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Escort' } });
    fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: 'ROUTE' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a point' }));
    fireEvent.change(within(form).getByLabelText('Point 1'), { target: { value: '35.30, -78.60' } });
    fireEvent.change(within(form).getByLabelText('Point 2'), { target: { value: '35,40; -78,50' } });
    fireEvent.change(within(form).getByLabelText('Point 3'), { target: { value: '35.50' } });
    fireEvent.submit(form);
    const third = within(form).getByLabelText('Point 3');
    await waitFor(() => expect(third.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${within(form).getByLabelText('Point 1').id}-error`)?.textContent).toContain('Point 3: write it as latitude, longitude');
    // Point 2's decimal commas were read; only Point 3 is in error.
    expect(within(form).getByLabelText('Point 1').getAttribute('aria-invalid')).toBeNull();
    expect(within(form).getByLabelText('Point 2').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(third));

    fireEvent.click(within(form).getByRole('button', { name: 'Remove point 2' }));
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Point 2')));
    expect((within(form).getByLabelText('Point 2') as HTMLInputElement).value).toBe('35.50');
  });

  it('cancelling or saving an edit brings focus back to the place’s Edit button', async () => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit place Raleigh command post' }));
    fireEvent.click(within(screen.getByRole('form', { name: 'Edit place Raleigh command post' })).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit place Raleigh command post' })));
  });

  it('moves a point by dragging its marker: updatePlace with the new coordinates and the version it showed', async () => {
    const update = jest.fn(() => ({ data: { updatePlace: { ...CP, version: 2, coordinates: [[-78.7, 35.8]] } } }));
    renderSection({ mocks: [{ request: { query: UpdatePlaceDocument, variables: { id: 'cp', expectedVersion: 1, patch: { coordinates: [[-78.7, 35.8]] } } }, result: update }] });
    fireEvent.click(await screen.findByRole('button', { name: 'drag Raleigh command post' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Moved "Raleigh command post" to 35.80000, -78.70000.')).toBeTruthy();
  });

  it('on CONFLICT while editing, shows what the other person saved and offers to keep theirs or apply mine', async () => {
    const conflict = new GraphQLError('Changed', { extensions: { code: 'CONFLICT', currentVersion: 2, current: { ...CP, version: 2, name: 'Main command post', coordinates: [[-78.64, 35.78]] } } });
    renderSection({ mocks: [{ request: { query: UpdatePlaceDocument, variables: () => true }, result: { errors: [conflict] } }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit place Raleigh command post' }));
    const form = screen.getByRole('form', { name: 'Edit place Raleigh command post' });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'CP Raleigh' } });
    fireEvent.submit(form);
    expect(await within(form).findByRole('button', { name: 'Keep theirs' })).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Apply mine on top' })).toBeTruthy();
    expect(within(form).getByText('Main command post')).toBeTruthy();
    expect(within(form).getByText('35.78000, -78.64000')).toBeTruthy();
  });

  it('shows why a removal is refused while a timeline event names the place', async () => {
    const refused = new GraphQLError('refused', { extensions: { code: 'BAD_USER_INPUT', field: 'id', violations: [{ field: 'id', message: 'The place is named by timeline event “Briefing”. Choose another place for it first.' }] } });
    renderSection({ mocks: [{ request: { query: RemovePlaceDocument, variables: { id: 'cp', expectedVersion: 1 } }, result: { errors: [refused] } }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove place Raleigh command post' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The place is named by timeline event “Briefing”. Choose another place for it first.');
    expect(screen.getByRole('rowheader', { name: /Raleigh command post/ })).toBeTruthy();
  });

  it('offers no Remove for a place something names, and says what names it', async () => {
    const named = { ...CP, namedBy: ['role “CBP liaison”', 'timeline event “Briefing”', 'timeline event “Sweep”'] };
    renderSection({ places: [named, place('chk', 'Exit 42 checkpoint', 'CHECKPOINT', [[-78.9, 35.6]])] });
    await screen.findByRole('table', { name: 'Places of the plan' });
    expect(screen.queryByRole('button', { name: 'Remove place Raleigh command post' })).toBeNull();
    expect(screen.getByTestId('place-named-by').textContent).toBe('Named by role “CBP liaison”, timeline event “Briefing” and 1 more: choose another place there to remove this one.');
    // A place nothing names can go.
    expect(screen.getByRole('button', { name: 'Remove place Exit 42 checkpoint' })).toBeTruthy();
  });

  it('readers see the map and the table without any edit control', async () => {
    renderSection({ canEdit: false });
    await screen.findByRole('table', { name: 'Places of the plan' });
    expect(await screen.findByTestId('place-map')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Map tools' })).toBeNull();
    expect(screen.queryByRole('button', { name: /drag/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit place/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove place/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add a place' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Skip to add form' })).toBeNull();
  });
});
