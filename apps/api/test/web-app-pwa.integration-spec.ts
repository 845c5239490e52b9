import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 19: the installable web app. A browser must see a new service worker, Workbox runtime and
 * manifest as soon as they are deployed (no-cache, as index.html), the manifest with its own type,
 * and the server's own paths never answered with the app's page.
 */

const INDEX = '<!doctype html><html><head><link rel="manifest" href="/manifest.webmanifest"><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

/** A built installable web app in miniature: what `npm run build:web` writes, one file of each kind. */
function fakeInstallableWebApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jointops-pwa-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'icons'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("JointOps");');
  writeFileSync(join(dir, 'sw.js'), 'define(["./workbox-2fbc6a65"],function(s){s.precacheAndRoute([{url:"index.html",revision:"1"}],{})});');
  writeFileSync(join(dir, 'workbox-2fbc6a65.js'), 'define(["exports"],function(t){});');
  writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ name: 'JointOps', short_name: 'JointOps', start_url: '/', display: 'standalone' }));
  writeFileSync(join(dir, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

/** What a browser sends for a service worker script or a fetch(): it accepts anything. */
const ANY = { accept: '*/*' };
const PAGE = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the installable web app, as the server serves it (issue 19)', () => {
  let webDir: string;
  let server: TestApp;
  let withoutWorker: TestApp;
  let bareDir: string;

  beforeAll(async () => {
    webDir = fakeInstallableWebApp();
    // A build from before the installable app: index.html and assets only.
    bareDir = mkdtempSync(join(tmpdir(), 'jointops-web-'));
    writeFileSync(join(bareDir, 'index.html'), INDEX);
    server = await startTestApp({ production: true, webDir });
    withoutWorker = await startTestApp({ production: true, webDir: bareDir }, { sameDatabaseAs: server });
  });
  afterAll(async () => {
    await withoutWorker?.close();
    await server?.close();
    rmSync(webDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  });

  it.each([
    ['/sw.js', /^(text|application)\/javascript/],
    ['/workbox-2fbc6a65.js', /^(text|application)\/javascript/],
    ['/manifest.webmanifest', /^application\/manifest\+json/],
  ])('serves %s as itself, revalidated on every load (no-cache)', async (path, type) => {
    const response = await fetch(`${server.url}${path}`, { headers: ANY });
    expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(await response.text()).not.toContain('<div id="root">');
  });

  it('keeps the page itself no-cache, whether asked for as a route or as /index.html, and fingerprinted assets immutable', async () => {
    for (const path of ['/', '/plans/p1/operation', '/index.html']) {
      const response = await fetch(`${server.url}${path}`, { headers: PAGE });
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
      expect(await response.text()).toContain('<div id="root">');
    }
    const asset = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('the manifest is JSON naming the app', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as { name: string; start_url: string };
    expect(manifest).toMatchObject({ name: 'JointOps', start_url: '/' });
  });

  it('never answers /graphql with the app page, even to a browser asking for HTML', async () => {
    for (const path of ['/graphql', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${server.url}${path}`, { headers: PAGE });
      const body = await response.text();
      expect([path, body.includes('<div id="root">')]).toEqual([path, false]);
    }
    const post = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...ANY }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 404, not the app page, for the worker files of a build that has none', async () => {
    for (const path of ['/sw.js', '/workbox-2fbc6a65.js', '/manifest.webmanifest']) {
      const response = await fetch(`${withoutWorker.url}${path}`, { headers: ANY });
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.text()).not.toContain('<div id="root">');
    }
    // Its pages are still served.
    expect((await fetch(`${withoutWorker.url}/plans`, { headers: PAGE })).status).toBe(200);
  });
});
