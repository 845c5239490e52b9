import { act, render, screen } from '@testing-library/react';
import PlaceMap from './PlaceMap';
import { baseOutlines } from './base-layer';

const CP = { id: 'cp', name: 'Raleigh command post', kind: 'COMMAND_POST', coordinates: [[-78.63818, 35.77961]] };
const ROUTE = { id: 'rt', name: 'Escort route', kind: 'ROUTE', coordinates: [[-78.64, 35.78], [-78.9, 35.99]] };

describe('PlaceMap (Leaflet in jsdom: what it draws, not where)', () => {
  it('draws the bundled outlines: the 100 counties of North Carolina and the five states', () => {
    const { counties, states } = baseOutlines();
    expect(counties.features).toHaveLength(100);
    expect(counties.features.every((f) => String(f.id).startsWith('37'))).toBe(true);
    expect(states.features.map((f) => f.properties.name).sort()).toEqual(['Georgia', 'North Carolina', 'South Carolina', 'Tennessee', 'Virginia']);
    const { container } = render(<PlaceMap label="Map" places={[]} tiles={null} />);
    expect(container.querySelectorAll('path.jo-outline-county')).toHaveLength(100);
    expect(container.querySelectorAll('path.jo-outline-state')).toHaveLength(5);
    expect(screen.getByTestId('place-map-credit').textContent).toBe('Boundaries: U.S. Census Bureau (us-atlas)');
    expect(container.querySelector('img')).toBeNull();
  });

  it('marks a point with its kind code and name, and draws a route as a line', () => {
    const { container } = render(<PlaceMap label="Map of the plan's places" places={[CP, ROUTE]} tiles={null} movable />);
    expect(screen.getByRole('region', { name: "Map of the plan's places" })).toBeTruthy();
    const marker = container.querySelector('[data-place-id="cp"]')!;
    expect(marker.className).toContain('jo-place-marker--square');
    expect(marker.querySelector('[data-code]')?.getAttribute('data-code')).toBe('CP');
    expect(marker.getAttribute('aria-label')).toBe('Command post: Raleigh command post, 35.77961, -78.63818 (drag to move)');
    expect(container.querySelectorAll('path.jo-place-route')).toHaveLength(1);
  });

  it('loads tiles from the configured server instead of the outlines, with its credit', () => {
    const { container } = render(<PlaceMap label="Map" places={[CP]} tiles={{ tilesUrl: 'https://tiles.agency.example/{z}/{x}/{y}.png', attribution: '© Agency GIS' }} />);
    expect(container.querySelectorAll('path.jo-outline-county')).toHaveLength(0);
    expect(screen.getByTestId('place-map-credit').textContent).toBe('© Agency GIS');
  });

  it('reports clicks on the map as [longitude, latitude]', () => {
    const onMapClick = jest.fn();
    render(<PlaceMap label="Map" places={[]} tiles={null} picking onMapClick={onMapClick} />);
    const element = screen.getByTestId('place-map');
    expect(element.className).toContain('jo-place-map--picking');
    act(() => {
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 0, clientY: 0 }));
    });
    expect(onMapClick).toHaveBeenCalledTimes(1);
    const [point] = onMapClick.mock.calls[0] as [[number, number]];
    expect(point).toHaveLength(2);
    expect(point.every(Number.isFinite)).toBe(true);
  });

  it('the small map is hidden from assistive technology and has nothing to focus', () => {
    const { container } = render(<PlaceMap label="Map" places={[CP, ROUTE]} tiles={null} compact />);
    const element = screen.getByTestId('place-map-compact');
    expect(element.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelectorAll('[tabindex="0"], a, button')).toHaveLength(0);
  });
});
