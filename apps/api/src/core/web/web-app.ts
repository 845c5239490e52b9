import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

const SERVER_PATHS = ['/graphql', '/health', '/export', '/metrics', '/auth/oidc'];
/**
 * Server routes inside the web app's own paths: an agreement's signed PDF (`/agreements/:id` is a
 * page) and the annual report of the published figures (`/transparency` is a page).
 */
const SERVER_PATTERNS = [/^\/agreements\/[^/]+\/document$/, /^\/transparency\/[^/]+\/report\.pdf$/];
/** The installable app's own files: a build without them answers 404, not index.html as a script. */
const PWA_FILES = /^\/(?:sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;

/**
 * Serves the built web app from the API's own port, with index.html for client-side routes.
 * Returns false when the web app has not been built.
 */
export function serveWebApp(app: NestExpressApplication, webDir: string): boolean {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(webDir, { index: false, maxAge: '1h', setHeaders: cacheHeaders });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !SERVER_PATHS.some((path) => req.path.startsWith(path)) && !SERVER_PATTERNS.some((pattern) => pattern.test(req.path)) && !PWA_FILES.test(req.path);
    if (!isPage || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

/**
 * Files of the installable app that keep their name from one version to the next (the service
 * worker, its Workbox runtime, the manifest, the page itself): a browser must ask every time, or it
 * would go on seeing the old version for the hour of the default max-age.
 */
const REVALIDATED = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /^manifest\.webmanifest$/, /^index\.html$/];

function cacheHeaders(res: Response, path: string): void {
  const name = basename(path);
  // Vite fingerprints everything under assets/, so it never changes under the same name.
  if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else if (REVALIDATED.some((pattern) => pattern.test(name))) res.setHeader('Cache-Control', 'no-cache');
  if (name.endsWith('.webmanifest')) res.setHeader('Content-Type', 'application/manifest+json; charset=utf-8');
}
