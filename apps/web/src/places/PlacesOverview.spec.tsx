import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { PlacesOverview } from './PlacesOverview';

const place = (id: string, name: string, kind: 'COMMAND_POST' | 'ROUTE', coordinates: number[][], address = '') => ({ __typename: 'Place' as const, id, version: 1, name, kind, coordinates, address, notes: '', createdAt: '2027-01-01T00:00:00Z', namedBy: [] as string[] });

describe('PlacesOverview', () => {
  it('lists the places and draws them on a small map that only shows (the real Leaflet chunk)', async () => {
    renderWithProviders(<PlacesOverview planId="p1" canEdit places={[place('cp', 'Raleigh CP', 'COMMAND_POST', [[-78.63818, 35.77961]], '2 W Edenton St'), place('rt', 'Escort', 'ROUTE', [[-78.64, 35.78], [-78.9, 35.99]])]} />);
    const list = screen.getByRole('list', { name: 'Places of the plan' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Raleigh CP · Command post (CP)35.77961, -78.63818 · 2 W Edenton St',
      'Escort · Route (RT)35.78000, -78.64000 to 35.99000, -78.90000 (2 points)',
    ]);
    const map = await screen.findByTestId('place-map-compact', {}, { timeout: 10_000 });
    expect(map.getAttribute('aria-hidden')).toBe('true');
    expect(map.querySelectorAll('[data-place-id]')).toHaveLength(1);
    expect(map.querySelectorAll('path.jo-place-route')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Open the map' }).getAttribute('href')).toBe('/plans/p1/places');
  });

  it('points to the Places section when there are none', () => {
    renderWithProviders(<PlacesOverview planId="p1" places={[]} canEdit />);
    expect(screen.getByRole('link', { name: /Mark the command post/ }).getAttribute('href')).toBe('/plans/p1/places');
    expect(screen.queryByTestId('place-map-compact')).toBeNull();
  });

  it('asks no one to mark places on a plan they may not edit (a completed one, or a reader)', () => {
    renderWithProviders(<PlacesOverview planId="p1" places={[]} canEdit={false} />);
    expect(screen.getByText('No places.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Mark the command post/ })).toBeNull();
  });
});
