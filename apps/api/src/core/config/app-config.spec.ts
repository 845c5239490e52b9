import { configProblems, DEVELOPMENT_ADDRESS_HASH_KEY, loadConfig, mapTilesOrigin } from './app-config';

/** A production key for the address hash, so each production case below is about its own setting. */
const KEY = { JOINTOPS_ADDRESS_HASH_KEY: 'a-random-secret-of-thirty-two-characters-or-more' };

describe('configuration', () => {
  it('defaults to embedded PostgreSQL, port 3000 and demo data outside production', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({ production: false, port: 3000, databaseUrl: null, dataDir: '/repo/.data', seedDemoData: true });
    expect(configProblems(config)).toEqual([]);
  });

  it('never seeds demo data in production and requires DATABASE_URL there', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...KEY }, '/repo');
    expect(config.seedDemoData).toBe(false);
    expect(configProblems(config)).toEqual(['DATABASE_URL is required in production (the embedded database is for development only).']);
  });

  it('wants the admin email and password together', () => {
    expect(configProblems(loadConfig({ JOINTOPS_ADMIN_EMAIL: 'it@agency.example' }))).toEqual([
      'Set JOINTOPS_ADMIN_EMAIL and JOINTOPS_ADMIN_PASSWORD together, or neither.',
    ]);
  });

  it('refuses a weak or public admin password before start, and the demo password in production', () => {
    const admin = (password: string, env: Record<string, string> = {}) =>
      configProblems(loadConfig({ DATABASE_URL: 'postgres://db/jointops', JOINTOPS_ADMIN_EMAIL: 'it@agency.example', JOINTOPS_ADMIN_PASSWORD: password, ...KEY, ...env }));
    expect(admin('jointops-demo-2026', { NODE_ENV: 'production' })).toEqual(['JOINTOPS_ADMIN_PASSWORD: This is the public demo password. Choose another.']);
    expect(admin('jointops-demo-2026')).toEqual([]);
    expect(admin('111111111111', { NODE_ENV: 'production' })).toEqual(['JOINTOPS_ADMIN_PASSWORD: This password only repeats or follows a sequence of characters. Choose another.']);
    expect(admin('short')).toEqual(['JOINTOPS_ADMIN_PASSWORD: Password must be at least 12 characters.']);
    expect(admin('a-long-production-passphrase', { NODE_ENV: 'production' })).toEqual([]);
  });

  it('reads the allowed web origins as a list', () => {
    expect(loadConfig({ JOINTOPS_WEB_ORIGINS: 'https://a.example, https://b.example' }).webOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('collects the process metrics everywhere but under test', () => {
    expect(loadConfig({}).processMetrics).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).processMetrics).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).processMetrics).toBe(false);
  });

  it('hashes passwords cheaply under test only, never in production', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).fastPasswordHashing).toBe(true);
    expect(loadConfig({}).fastPasswordHashing).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).fastPasswordHashing).toBe(false);
    const forced = { ...loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', ...KEY }), fastPasswordHashing: true };
    expect(configProblems(forced)).toEqual(['Fast password hashing is for tests only and cannot run in production.']);
  });

  it('trusts no proxy by default, and reads JOINTOPS_TRUSTED_PROXIES as a list of addresses or ranges', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    const config = loadConfig({ JOINTOPS_TRUSTED_PROXIES: '172.28.0.10, 10.0.0.0/8,::1, loopback' });
    expect(config.trustedProxies).toEqual(['172.28.0.10', '10.0.0.0/8', '::1', 'loopback']);
    expect(configProblems(config)).toEqual([]);
  });

  it('refuses to start with a trusted proxy that is not an address or a range', () => {
    expect(configProblems(loadConfig({ JOINTOPS_TRUSTED_PROXIES: 'nginx, 10.0.0.0/33, 10.0.0.1' }))).toEqual([
      'JOINTOPS_TRUSTED_PROXIES takes IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal); not: nginx, 10.0.0.0/33.',
    ]);
  });

  it('reads single sign-on from JOINTOPS_OIDC_*, and in production wants an https issuer and JOINTOPS_PUBLIC_URL', () => {
    const oidc = { JOINTOPS_OIDC_ISSUER: 'https://login.agency.gov/', JOINTOPS_OIDC_CLIENT_ID: 'jointops', JOINTOPS_OIDC_CLIENT_SECRET: 's3cret' };
    expect(loadConfig({}).oidc).toBeNull();
    expect(loadConfig(oidc)).toMatchObject({ oidc: { issuer: 'https://login.agency.gov/', clientId: 'jointops', clientSecret: 's3cret' }, publicUrl: null });
    expect(configProblems(loadConfig(oidc))).toEqual([]);
    expect(configProblems(loadConfig({ JOINTOPS_OIDC_ISSUER: 'https://login.agency.gov' }))).toEqual(['Set JOINTOPS_OIDC_CLIENT_ID and JOINTOPS_OIDC_CLIENT_SECRET with JOINTOPS_OIDC_ISSUER.']);

    const production = { ...oidc, NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', ...KEY };
    expect(configProblems(loadConfig(production))).toEqual([
      'JOINTOPS_PUBLIC_URL is required in production with single sign-on (the redirect URI is JOINTOPS_PUBLIC_URL/auth/oidc/callback).',
    ]);
    expect(configProblems(loadConfig({ ...production, JOINTOPS_PUBLIC_URL: 'https://jointops.agency.gov/' }))).toEqual([]);
    expect(loadConfig({ JOINTOPS_PUBLIC_URL: 'https://jointops.agency.gov/' }).publicUrl).toBe('https://jointops.agency.gov');
    expect(configProblems(loadConfig({ ...production, JOINTOPS_PUBLIC_URL: 'https://jointops.agency.gov', JOINTOPS_OIDC_ISSUER: 'http://login.agency.gov' }))).toEqual([
      'JOINTOPS_OIDC_ISSUER must be an https URL in production.',
    ]);
    expect(configProblems(loadConfig({ JOINTOPS_PUBLIC_URL: 'https://jointops.agency.gov/app' }))).toEqual([
      'JOINTOPS_PUBLIC_URL must be an http(s) origin, like https://jointops.agency.gov (no path).',
    ]);
  });

  it('keys the hash of client addresses with JOINTOPS_ADDRESS_HASH_KEY: a development default, refused in production with short keys', () => {
    expect(loadConfig({}).addressHashKey).toBe(DEVELOPMENT_ADDRESS_HASH_KEY);
    expect(configProblems(loadConfig({}))).toEqual([]);
    expect(loadConfig(KEY).addressHashKey).toBe(KEY.JOINTOPS_ADDRESS_HASH_KEY);
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' };
    const refusal = 'JOINTOPS_ADDRESS_HASH_KEY is required in production: a random secret of at least 32 characters (client addresses are kept only as a keyed hash under it).';
    expect(configProblems(loadConfig(production))).toEqual([refusal]);
    expect(configProblems(loadConfig({ ...production, JOINTOPS_ADDRESS_HASH_KEY: DEVELOPMENT_ADDRESS_HASH_KEY }))).toEqual([refusal]);
    expect(configProblems(loadConfig({ ...production, JOINTOPS_ADDRESS_HASH_KEY: 'too-short' }))).toEqual([refusal]);
    expect(configProblems(loadConfig({ ...production, ...KEY }))).toEqual([]);
  });

  it('reads an https {z}/{x}/{y} tile template from JOINTOPS_MAP_TILES_URL, refusing others before start', () => {
    expect(loadConfig({})).toMatchObject({ mapTilesUrl: null, mapTilesAttribution: '' });
    const tiles = { JOINTOPS_MAP_TILES_URL: ' https://tiles.agency.gov/{z}/{x}/{y}.png ', JOINTOPS_MAP_TILES_ATTRIBUTION: '© Agency GIS' };
    expect(loadConfig(tiles)).toMatchObject({ mapTilesUrl: 'https://tiles.agency.gov/{z}/{x}/{y}.png', mapTilesAttribution: '© Agency GIS' });
    expect(configProblems(loadConfig(tiles))).toEqual([]);
    const refusal = 'JOINTOPS_MAP_TILES_URL must be an https URL template with {z}, {x} and {y} on one named host, like https://tiles.agency.gov/{z}/{x}/{y}.png.';
    for (const bad of ['http://tiles.agency.gov/{z}/{x}/{y}.png', 'https://tiles.agency.gov/tiles.png', 'https://{s}.tiles.agency.gov/{z}/{x}/{y}.png', 'tiles.agency.gov/{z}/{x}/{y}', 'https://user:pw@tiles.agency.gov/{z}/{x}/{y}']) {
      expect([bad, configProblems(loadConfig({ JOINTOPS_MAP_TILES_URL: bad }))]).toEqual([bad, [refusal]]);
    }
    expect(mapTilesOrigin('https://tiles.agency.gov:8443/osm/{z}/{x}/{y}.png?key=k')).toBe('https://tiles.agency.gov:8443');
  });
});
