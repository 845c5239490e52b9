import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 20: the map draws the outlines it ships with unless JOINTOPS_MAP_TILES_URL names an
 * agency's own tile server; then the web loads tiles from it, and the CSP allows that one origin
 * (in img-src only), and only then.
 */
const TILES = 'https://tiles.ncdot.example/osm/{z}/{x}/{y}.png';

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

const MAP_SETTINGS = 'query { mapSettings { tilesUrl attribution } }';

describe('map settings and the tile server in the CSP', () => {
  let plain: TestApp;
  let withTiles: TestApp;
  let withTilesNoCredit: TestApp;
  let token: string;

  beforeAll(async () => {
    plain = await startTestApp();
    withTiles = await startTestApp({ mapTilesUrl: TILES, mapTilesAttribution: '© NCDOT, OpenStreetMap contributors' }, { sameDatabaseAs: plain });
    withTilesNoCredit = await startTestApp({ mapTilesUrl: TILES }, { sameDatabaseAs: plain });
    const agency = await plain.createAgency('NCSHP');
    await plain.createUser('dana@ncshp.example', agency, ['OFFICER']);
    token = await plain.login('dana@ncshp.example');
  });
  afterAll(async () => {
    for (const app of [withTilesNoCredit, withTiles]) await app?.close();
    await plain?.close();
  });

  it('answers no tile server by default, with the credit of the bundled Census outlines', async () => {
    const { data, errors } = await plain.gql(MAP_SETTINGS, {}, token);
    expect(errors).toBeUndefined();
    expect(data?.['mapSettings']).toEqual({ tilesUrl: null, attribution: 'Boundaries: U.S. Census Bureau (us-atlas)' });
  });

  it('answers the configured tile server and its attribution (or its host when none is given)', async () => {
    expect((await withTiles.gql(MAP_SETTINGS, {}, token)).data?.['mapSettings']).toEqual({ tilesUrl: TILES, attribution: '© NCDOT, OpenStreetMap contributors' });
    expect((await withTilesNoCredit.gql(MAP_SETTINGS, {}, token)).data?.['mapSettings']).toEqual({ tilesUrl: TILES, attribution: 'Map tiles: tiles.ncdot.example' });
  });

  it('needs a session', async () => {
    const { errors } = await withTiles.gql(MAP_SETTINGS);
    expect(errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('allows the tile origin in img-src only when configured, and nowhere else', async () => {
    const before = directives((await fetch(`${plain.url}/health/live`)).headers.get('content-security-policy'));
    expect(before.get('img-src')).toEqual(["'self'", 'data:']);
    const after = directives((await fetch(`${withTiles.url}/health/live`)).headers.get('content-security-policy'));
    expect(after.get('img-src')).toEqual(["'self'", 'data:', 'https://tiles.ncdot.example']);
    // Every other directive is the same as without tiles.
    for (const [name, values] of before) if (name !== 'img-src') expect([name, after.get(name)]).toEqual([name, values]);
    expect([...after.values()].flat().filter((value) => value.includes('ncdot'))).toEqual(['https://tiles.ncdot.example']);
  });
});
