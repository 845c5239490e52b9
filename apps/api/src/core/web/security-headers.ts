import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { mapTilesOrigin, type AppConfig } from '../config/app-config';

/**
 * The Content-Security-Policy of everything the server answers. The built web app loads its
 * scripts, styles, fonts and images from its own origin and talks to /graphql (HTTP and
 * WebSocket; CSP's 'self' covers ws: and wss: on the same host), so nothing else is allowed:
 * no inline scripts or styles, no plugins, and no framing by other sites. The one exception is
 * computed from the configuration: a tile server (`JOINTOPS_MAP_TILES_URL`) the map loads its
 * tiles from, as images, and only when one is configured.
 */
export function contentSecurityPolicy(config: Pick<AppConfig, 'mapTilesUrl'>): Readonly<Record<string, readonly string[]>> {
  const tiles = config.mapTilesUrl ? mapTilesOrigin(config.mapTilesUrl) : null;
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    // USWDS draws some icons as data: URIs; map tiles come from the configured tile server.
    'img-src': ["'self'", 'data:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  };
}

/**
 * Security headers on every response, in every mode (a proxy in front may add its own, but the
 * application does not rely on one): CSP, HSTS (browsers honour it only over HTTPS), nosniff,
 * frame denial and no referrer.
 */
export function securityHeaders(config: Pick<AppConfig, 'mapTilesUrl'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: Object.fromEntries(Object.entries(contentSecurityPolicy(config)).map(([name, values]) => [name, [...values]])) },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    xContentTypeOptions: true,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The app embeds nothing cross-origin, but requiring CORP of every subresource gains nothing here.
    crossOriginEmbedderPolicy: false,
  }) as unknown as RequestHandler;
}
