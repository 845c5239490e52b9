import { SERVER_NAVIGATIONS, SHELL_GLOB_PATTERNS, WEB_APP_MANIFEST } from './pwa-options';

const servedByServer = (pathAndQuery: string) => SERVER_NAVIGATIONS.some((pattern) => pattern.test(pathAndQuery));

describe('the service worker answers navigations with the cached app, except to server paths', () => {
  it.each([
    '/graphql',
    '/graphql?query=%7B__typename%7D',
    '/health',
    '/health/live',
    '/auth/oidc/login',
    '/auth/oidc/callback?code=abc&state=xyz',
    '/export/plans/p1.pdf',
    '/exports/anything',
    '/metrics',
    '/agreements/a1/document',
    '/agreements/a1/document?download=1',
    '/transparency/2025/report.pdf',
  ])('%s goes to the server', (path) => {
    expect(servedByServer(path)).toBe(true);
  });

  it.each(['/', '/plans', '/plans/p1/operation', '/agreements', '/agreements/a1', '/agreements/new', '/transparency', '/public/figures', '/help', '/sign-in?next=%2Fplans', '/graphqlish-page'])(
    '%s is a page of the app',
    (path) => {
      expect(servedByServer(path)).toBe(false);
    },
  );
});

describe('what the service worker precaches', () => {
  it('is the shell: the page, built assets and icons, never an API path or a source map', () => {
    expect(SHELL_GLOB_PATTERNS).toEqual(['index.html', 'assets/**/*.{js,css,woff,woff2,svg,png,ico}', 'icons/*.png']);
    for (const pattern of SHELL_GLOB_PATTERNS) expect(pattern).not.toMatch(/graphql|health|auth|export|metrics|document|report|\.map|\*\*\/\*$/);
  });
});

describe('the web app manifest', () => {
  it('installs JointOps standalone at the root, with 192 and 512 icons and a maskable one', () => {
    expect(WEB_APP_MANIFEST).toMatchObject({ name: 'JointOps', short_name: 'JointOps', display: 'standalone', start_url: '/', scope: '/' });
    expect(WEB_APP_MANIFEST.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });
});
