import type { Place } from '../places/place.entity';
import { CONTENT_WIDTH } from './pdf-renderer';
import { placeNames, placesSection, PLACES_HEADING, withPlace } from './places-section';

const place = (id: string, name: string, kind: string, coordinates: number[][]) => ({ id, name, kind, coordinates, address: '', notes: '' }) as unknown as Place;
const POST = place('p1', 'Command post', 'COMMAND_POST', [[-78.6382, 35.7796]]);
const ROUTE = place('p2', 'Route 1', 'ROUTE', [[-78.6382, 35.7796], [-78.7, 35.85], [-78.8986, 35.994]]);

describe('places section of the plan PDF', () => {
  it('says there are none, with no map, when the plan has no places', () => {
    const section = placesSection([]);
    expect(section).toEqual([{ text: PLACES_HEADING, style: 'h2' }, { text: 'No places recorded.', italics: true }]);
  });

  it('starts a page with the map at full width, then the table', () => {
    const [heading, , map, table] = placesSection([POST, ROUTE]) as Array<Record<string, unknown>>;
    expect(heading).toMatchObject({ text: PLACES_HEADING, pageBreak: 'before' });
    expect(map).toMatchObject({ width: CONTENT_WIDTH });
    expect(String(map!['svg'])).toMatch(/^<svg /);
    expect(JSON.stringify(table)).toContain('35.77960, -78.63820');
  });

  it('prints a point latitude first, and a route by its ends and its number of points, one to a line', () => {
    const rows = JSON.stringify(placesSection([POST, ROUTE]));
    expect(rows).toContain(JSON.stringify('35.77960, -78.63820'));
    expect(rows).toContain(JSON.stringify('35.77960, -78.63820\nto 35.99400, -78.89860\n(3 points)'));
  });

  it('names a role’s or event’s place with its number on the map', () => {
    const name = placeNames([POST, ROUTE]);
    expect(name('p2')).toBe('2. Route 1');
    expect(name(null)).toBe('');
    expect(name('gone')).toBe('');
    expect(withPlace('Incident commander', name('p1'))).toBe('Incident commander\nPlace: 1. Command post');
    expect(withPlace('Incident commander', '')).toBe('Incident commander');
  });
});
