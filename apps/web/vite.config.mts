import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SERVER_NAVIGATIONS, SHELL_GLOB_PATTERNS, WEB_APP_MANIFEST } from './src/shell/pwa-options';

const workspaceRoot = resolve(import.meta.dirname, '../..');
const api = process.env.JOINTOPS_API_URL ?? 'http://localhost:3000';

/**
 * SVAR's stylesheet declares its Roboto and Open Sans faces on a third-party CDN. The app uses the
 * USWDS fonts instead (timeline.css), the server's Content-Security-Policy allows fonts from its own
 * origin only, and a law-enforcement app should not call a vendor's CDN: drop those @font-face rules.
 */
function dropVendorCdnFonts(): Plugin {
  return {
    name: 'jointops-drop-vendor-cdn-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/@svar-ui/') || !id.split('?')[0].endsWith('.css')) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*cdn\.svar\.dev[^}]*\}/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Read VITE_* variables (e.g. VITE_GOV_BANNER=true) from .env files at the repository root.
  envDir: workspaceRoot,
  plugins: [
    react(),
    dropVendorCdnFonts(),
    // Installable: a manifest, and a service worker that precaches the app shell and nothing else
    // (no API answer, no runtime cache: offline plan data lives in IndexedDB, apps/web/src/offline).
    // A new version waits until the user chooses to reload (shell/pwa-registration.ts registers it).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: { ...WEB_APP_MANIFEST, icons: WEB_APP_MANIFEST.icons.map((icon) => ({ ...icon })) },
      // The icons are precached by the shell patterns below.
      includeManifestIcons: false,
      workbox: {
        globPatterns: [...SHELL_GLOB_PATTERNS],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [...SERVER_NAVIGATIONS],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // Fingerprinted names: the URL is the version, no ?__WB_REVISION__ needed.
        dontCacheBustURLsMatching: /^assets\//,
        // Workbox leaves out (with a warning only) any file above this: the largest chunk, the entry,
        // is about 0.6 MB before compression; an app that cannot start offline is the price of a miss.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        sourcemap: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    alias: {
      // Before '@jointops/domain', which would otherwise match it as a prefix.
      '@jointops/domain/passwords': resolve(workspaceRoot, 'libs/domain/src/passwords.ts'),
      '@jointops/domain': resolve(workspaceRoot, 'libs/domain/src/index.ts'),
      '@jointops/web-data': resolve(workspaceRoot, 'libs/web-data/src/index.ts'),
      '@jointops/ui': resolve(workspaceRoot, 'libs/ui/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': { target: api },
      // Single sign-on: the server redirects to the identity provider and back (keep the Host: it makes the redirect URI).
      '/auth/oidc': { target: api, changeOrigin: false },
      // An agreement's signed PDF (the page /agreements/:id stays the web app's).
      '^/agreements/[^/]+/document$': { target: api },
      // The annual report of the published figures (the page /transparency stays the web app's).
      '^/transparency/[^/]+/report\\.pdf$': { target: api },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': { target: api },
      '/auth/oidc': { target: api, changeOrigin: false },
      // An agreement's signed PDF (the page /agreements/:id stays the web app's).
      '^/agreements/[^/]+/document$': { target: api },
      // The annual report of the published figures (the page /transparency stays the web app's).
      '^/transparency/[^/]+/report\\.pdf$': { target: api },
    },
  },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    // Maps for error reports, without a sourceMappingURL comment in what browsers download.
    sourcemap: 'hidden',
    // The first-load chunk (React, Apollo Client, the USWDS kit, the workspace's GraphQL documents,
    // the shell) is about 830 KB before compression, 180 KB gzipped.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Fewer, larger files. Left to itself the bundler made about 150 chunks, many under 1 KB,
        // and entering a section fetched some fifty of them; on HTTP/1.1 (six connections per
        // host) the section's own code waited in the browser's queue behind them (bench/README.md,
        // issue 14). So: everything the first visit needs is one chunk, and the app's own modules
        // that two or more lazy chunks share are another, loaded by the first section opened.
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 2 },
            // The Gantt chart and its library, for the timeline and the operation page only: in the
            // shared chunk, every page fetched the chart library with it.
            { name: 'gantt', test: /[\\/]apps[\\/]web[\\/]src[\\/]timeline[\\/]TimelineGantt\.tsx$|[\\/]@svar-ui[\\/]/, priority: 3, includeDependenciesRecursively: false },
            // The password policy and its 400 KB dictionary, for the three forms that set a password
            // only. In the shared chunk below, every section of a plan fetched and unpacked them.
            { name: 'passwords', test: /[\\/]libs[\\/]domain[\\/]src[\\/](passwords\.ts|lib[\\/]password-policy\.ts|lib[\\/]schemas[\\/]account-password\.ts)$|[\\/]@zxcvbn-ts[\\/]/, priority: 3, includeDependenciesRecursively: false },
            // Only the app's modules: the packages they use stay in chunks of their own, so a map or a
            // chart library is still fetched by the pages that draw one. Nothing in this group is
            // imported by the first-load chunk (that one holds every module the first visit reaches).
            { name: 'app-shared', test: /[\\/](apps[\\/]web|libs)[\\/]/, minShareCount: 2, priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
      treeshake: {
        // The workspace libraries only declare (rules, zod schemas, components, documents): a module
        // none of whose exports a chunk uses is left out of it. Without this, importing one rule
        // from libs/domain would pull every zod schema into the first-load bundle. The one module
        // that acts when loaded keeps its effect: schemas/zod.ts turns zod's eval probe off (CSP).
        moduleSideEffects: (id: string) => (/\/libs\/(domain|ui|web-data)\/src\//.test(id) && !id.endsWith('/schemas/zod.ts') ? false : undefined),
      },
    },
  },
});
