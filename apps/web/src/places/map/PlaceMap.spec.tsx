import { act, fireEvent, render, screen } from '@testing-library/react';
import PlaceMap, { type MapPlace } from './PlaceMap';
import { baseOutlines } from './base-layer';
import { clusterName } from './place-markers';

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

  it('a route is a named button: Enter or Space selects it, and it keeps the focus when the map is redrawn', () => {
    const onSelect = jest.fn();
    const { container, rerender } = render(<PlaceMap label="Map" places={[CP, ROUTE]} tiles={null} onSelect={onSelect} />);
    const route = () => container.querySelector<SVGPathElement & HTMLElement>('path.jo-place-route')!;
    expect([route().getAttribute('role'), route().getAttribute('aria-label'), route().getAttribute('tabindex')]).toEqual(['button', 'Route: Escort route', '0']);
    act(() => route().focus());
    fireEvent.keyDown(route(), { key: 'Enter' });
    fireEvent.keyDown(route(), { key: ' ' });
    fireEvent.keyDown(route(), { key: 'a' });
    expect(onSelect.mock.calls).toEqual([['rt'], ['rt']]);
    const before = route();
    rerender(<PlaceMap label="Map" places={[CP, ROUTE]} tiles={null} onSelect={onSelect} selectedId="rt" />);
    expect(route()).not.toBe(before);
    expect(document.activeElement).toBe(route());
    expect(route().getAttribute('class')).toContain('jo-place-route--selected');
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

  describe('clusters: points that would overlap at the zoom are one marker with their count', () => {
    // The demo's Benson weigh station: the command post and the inspection lanes are 350 m apart.
    const POST = { id: 'post', name: 'Command post, Benson weigh station', kind: 'COMMAND_POST', coordinates: [[-78.5486, 35.3821]] };
    const LANES = { id: 'lanes', name: 'Inspection lanes', kind: 'INSPECTION_SITE', coordinates: [[-78.5463, 35.3849]] };
    const TRUCKS = { id: 'trucks', name: 'Truck lot', kind: 'STAGING_AREA', coordinates: [[-78.5471, 35.3832]] };
    const DUNN = { id: 'dunn', name: 'Staging area, Dunn', kind: 'STAGING_AREA', coordinates: [[-78.6089, 35.3063]] };
    const HOLDING = { id: 'jail', name: 'Johnston County Detention Center', kind: 'HOLDING_FACILITY', coordinates: [[-78.3394, 35.5085]] };
    const CORRIDOR = { id: 'i95', name: 'I-95 corridor', kind: 'ROUTE', coordinates: [[-78.5995, 35.2982], [-78.5486, 35.3821], [-78.3566, 35.5096]] };
    const SAFE_PASSAGE: MapPlace[] = [POST, LANES, DUNN, HOLDING, CORRIDOR];

    // jsdom lays nothing out: give the map the size it has on a desktop, so zooms and pixels are real.
    beforeEach(() => {
      jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(760);
      jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(448);
    });
    afterEach(() => jest.restoreAllMocks());

    /** Whether Leaflet put a marker inside the 760 × 448 map (in jsdom it places by left and top, the pane's too). */
    const onScreen = (container: Element, element: HTMLElement) => {
      const pane = container.querySelector<HTMLElement>('.leaflet-map-pane')!;
      const x = parseFloat(element.style.left || '0') + parseFloat(pane.style.left || '0');
      const y = parseFloat(element.style.top || '0') + parseFloat(pane.style.top || '0');
      return x >= 0 && x <= 760 && y >= 0 && y <= 448;
    };
    const clustersIn = (element: Element) => [...element.querySelectorAll<HTMLElement>('.jo-place-cluster')];
    const markerOf = (element: Element, id: string) => element.querySelector<HTMLElement>(`.jo-place-marker[data-place-id="${id}"]`);
    const press = (element: HTMLElement, key: string) =>
      act(() => {
        element.dispatchEvent(new KeyboardEvent('keypress', { key, keyCode: key === 'Enter' ? 13 : 0, bubbles: true }));
      });

    it('two places close together are one cluster counting 2 and naming both; places far apart and routes are drawn on their own', () => {
      const { container } = render(<PlaceMap label="Map" places={SAFE_PASSAGE} tiles={null} />);
      const [cluster, ...others] = clustersIn(container);
      expect(others).toHaveLength(0);
      expect(cluster!.textContent).toBe('2');
      expect(cluster!.getAttribute('aria-label')).toBe('2 places: Command post, Benson weigh station; Inspection lanes (press to show them)');
      expect(cluster!.getAttribute('tabindex')).toBe('0');
      expect(cluster!.getAttribute('role')).toBe('button');
      // The two are in it, not drawn one over the other; the far ones and the route are on their own.
      expect(markerOf(container, 'post')).toBeNull();
      expect(markerOf(container, 'lanes')).toBeNull();
      expect(markerOf(container, 'dunn')).not.toBeNull();
      expect(markerOf(container, 'jail')).not.toBeNull();
      expect(container.querySelectorAll('path.jo-place-route')).toHaveLength(1);
    });

    it('a click on a cluster zooms in until its places part, each then a marker of its own', () => {
      const { container } = render(<PlaceMap label="Map" places={SAFE_PASSAGE} tiles={null} />);
      act(() => {
        clustersIn(container)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      });
      expect(clustersIn(container)).toHaveLength(0);
      expect(markerOf(container, 'post')?.getAttribute('aria-label')).toBe('Command post: Command post, Benson weigh station, 35.38210, -78.54860');
      expect(markerOf(container, 'lanes')?.getAttribute('aria-label')).toBe('Inspection site: Inspection lanes, 35.38490, -78.54630');
    });

    it('Enter on a cluster shows its places too; places at the very same spot are spread around it (spiderfied)', () => {
      const twin = { ...LANES, id: 'twin', name: 'Inspection lanes, overflow', coordinates: LANES.coordinates };
      const { container } = render(<PlaceMap label="Map" places={[LANES, twin, DUNN]} tiles={null} />);
      const [cluster] = clustersIn(container);
      expect(cluster!.getAttribute('aria-label')).toMatch(/^2 places: Inspection lanes; Inspection lanes, overflow/);
      press(cluster!, 'Tab');
      expect(markerOf(container, 'lanes')).toBeNull();
      press(cluster!, 'Enter');
      // They cannot part at any zoom: both are shown around the cluster, on legs.
      expect(markerOf(container, 'lanes')).not.toBeNull();
      expect(markerOf(container, 'twin')).not.toBeNull();
      expect(container.querySelectorAll('path.jo-place-spider-leg')).toHaveLength(2);
      // The keyboard goes on from the first of them, not from the map.
      expect(document.activeElement).toBe(markerOf(container, 'lanes'));
    });

    it('Enter on a cluster of places that part when zoomed in gives the focus to the first of them', () => {
      const { container } = render(<PlaceMap label="Map" places={SAFE_PASSAGE} tiles={null} />);
      press(clustersIn(container)[0]!, 'Enter');
      expect(clustersIn(container)).toHaveLength(0);
      expect(document.activeElement).toBe(markerOf(container, 'post'));
    });

    it('the selected place is never hidden in a cluster: the cluster holding it is spread out, and stays so', () => {
      const places = [POST, LANES, TRUCKS, DUNN];
      const { container, rerender } = render(<PlaceMap label="Map" places={places} tiles={null} />);
      expect(clustersIn(container).map((cluster) => cluster.textContent)).toEqual(['3']);
      expect(markerOf(container, 'lanes')).toBeNull();
      rerender(<PlaceMap label="Map" places={places} tiles={null} selectedId="lanes" />);
      const shown = () => ['post', 'lanes', 'trucks'].filter((id) => markerOf(container, id));
      expect(shown()).toEqual(['post', 'lanes', 'trucks']);
      expect(markerOf(container, 'lanes')!.className).toContain('jo-place-marker--selected');
      expect(container.querySelectorAll('path.jo-place-spider-leg')).toHaveLength(3);
      // A click on the map folds a spread cluster; this one opens again.
      act(() => {
        screen.getByTestId('place-map').dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 }));
      });
      expect(shown()).toEqual(['post', 'lanes', 'trucks']);
      // Zoomed in until they part: each on its own, no legs.
      act(() => {
        clustersIn(container)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      });
      expect(shown()).toEqual(['post', 'lanes', 'trucks']);
      expect(container.querySelectorAll('path.jo-place-spider-leg')).toHaveLength(0);
      // Zoomed out again (the control's button): spread out again.
      act(() => {
        screen.getByRole('button', { name: 'Zoom out' }).click();
        screen.getByRole('button', { name: 'Zoom out' }).click();
        screen.getByRole('button', { name: 'Zoom out' }).click();
      });
      expect(shown()).toEqual(['post', 'lanes', 'trucks']);
      expect(container.querySelectorAll('path.jo-place-spider-leg').length).toBeGreaterThan(0);
    });

    it('Enter on a marker selects its place, and the redrawn marker keeps the focus', () => {
      const onSelect = jest.fn();
      const { container, rerender } = render(<PlaceMap label="Map" places={[POST, DUNN]} tiles={null} onSelect={onSelect} />);
      const marker = markerOf(container, 'dunn')!;
      act(() => marker.focus());
      press(marker, 'Enter');
      expect(onSelect).toHaveBeenCalledWith('dunn');
      rerender(<PlaceMap label="Map" places={[POST, DUNN]} tiles={null} onSelect={onSelect} selectedId="dunn" />);
      expect(markerOf(container, 'dunn')).not.toBe(marker);
      expect(document.activeElement).toBe(markerOf(container, 'dunn'));
    });

    it('the small map draws clusters too, with nothing to focus or name', () => {
      const { container } = render(<PlaceMap label="Map" places={SAFE_PASSAGE} tiles={null} compact />);
      const [cluster] = clustersIn(container);
      expect(cluster!.textContent).toBe('2');
      expect(cluster!.hasAttribute('aria-label')).toBe(false);
      expect(container.querySelectorAll('[tabindex="0"], [role="button"], a, button')).toHaveLength(0);
    });

    it('takes in a place added outside the view (typed in, or live), keeping what it showed', () => {
      const { container, rerender } = render(<PlaceMap label="Map" places={SAFE_PASSAGE} tiles={null} />);
      const asheville = { id: 'avl', name: 'Staging area, Asheville', kind: 'STAGING_AREA', coordinates: [[-82.5515, 35.5951]] };
      const nearby = { ...TRUCKS, id: 'nearby' };
      // One close by, already in view: the map stays as it was.
      const before = [markerOf(container, 'jail')!.style.left, markerOf(container, 'jail')!.style.top];
      rerender(<PlaceMap label="Map" places={[...SAFE_PASSAGE, nearby]} tiles={null} />);
      expect([markerOf(container, 'jail')!.style.left, markerOf(container, 'jail')!.style.top]).toEqual(before);
      // One 300 km west: it comes into view, and what was in view stays there.
      rerender(<PlaceMap label="Map" places={[...SAFE_PASSAGE, nearby, asheville]} tiles={null} />);
      expect(onScreen(container, markerOf(container, 'avl')!)).toBe(true);
      // What was in view is still there (the detention center, on its own or now in a cluster).
      const jail = markerOf(container, 'jail') ?? clustersIn(container).find((cluster) => cluster.getAttribute('aria-label')?.includes('Johnston County'));
      expect(onScreen(container, jail!)).toBe(true);
    });

    it('names at most five places and counts the rest', () => {
      expect(clusterName(['A', 'B'])).toBe('2 places: A; B');
      expect(clusterName(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('7 places: A; B; C; D; E; and 2 more');
    });
  });
});
