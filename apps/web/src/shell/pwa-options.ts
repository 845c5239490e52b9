/**
 * What the installable web app declares (vite.config.mts feeds these to vite-plugin-pwa). Kept
 * here, as plain data, so a test can hold the service worker to "the app shell and nothing else".
 */

/**
 * Paths the server answers itself (apps/api/src/core/web/web-app.ts): a navigation to one of them
 * must reach the server, never the cached index.html. Matched against the path and query string.
 */
export const SERVER_NAVIGATIONS: readonly RegExp[] = [
  /^\/graphql(?:[/?]|$)/,
  /^\/health(?:[/?]|$)/,
  /^\/auth\/oidc(?:[/?]|$)/,
  // The API's prefix match: /export, /exports/…
  /^\/export/,
  /^\/metrics(?:[/?]|$)/,
  /^\/agreements\/[^/?]+\/document(?:\?|$)/,
  /^\/transparency\/[^/?]+\/report\.pdf(?:\?|$)/,
];

/**
 * Files of the built app the service worker keeps (the shell): the page, its scripts and styles,
 * the fonts and images it ships, and the icons. Source maps, the manifest and the worker itself
 * are not shell.
 */
export const SHELL_GLOB_PATTERNS: readonly string[] = ['index.html', 'assets/**/*.{js,css,woff,woff2,svg,png,ico}', 'icons/*.png'];

/** The USWDS header is white; the mark is the USWDS primary blue. */
export const THEME_COLOR = '#ffffff';

export const WEB_APP_MANIFEST = {
  id: '/',
  name: 'JointOps',
  short_name: 'JointOps',
  description: 'Joint operation planning, sign-off and after-action review for multi-agency task forces. Log activity and write debriefs without signal; they are sent when the connection returns.',
  lang: 'en',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} as const;
