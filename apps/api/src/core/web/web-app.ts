import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SERVER_PATHS = ['/graphql', '/health', '/export', '/metrics', '/auth/oidc'];
/**
 * Server routes inside the web app's own paths: an agreement's signed PDF (`/agreements/:id` is a
 * page) and the annual report of the published figures (`/transparency` is a page).
 */
const SERVER_PATTERNS = [/^\/agreements\/[^/]+\/document$/, /^\/transparency\/[^/]+\/report\.pdf$/];

/**
 * Serves the built web app from the API's own port, with index.html for client-side routes.
 * Returns false when the web app has not been built.
 */
export function serveWebApp(app: NestExpressApplication, webDir: string): boolean {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(webDir, { index: false, maxAge: '1h', setHeaders: immutableAssets });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !SERVER_PATHS.some((path) => req.path.startsWith(path)) && !SERVER_PATTERNS.some((pattern) => pattern.test(req.path));
    if (!isPage || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

function immutableAssets(res: Response, path: string): void {
  // Vite fingerprints everything under assets/, so it never changes under the same name.
  if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
