import { isIP } from 'node:net';
import { SESSION_POLICY, type MfaPolicy } from '@jointops/domain';
import { checkPassword, DEMO_PASSWORD } from '@jointops/domain/passwords';
import { resolve } from 'node:path';

/**
 * Every setting the server reads from its environment, read once at start.
 * Tests build one directly instead of touching process.env.
 */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** Null means "start the embedded PostgreSQL". */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  adminEmail: string | null;
  adminPassword: string | null;
  demoPassword: string;
  /** Seed demo agencies, users and plans into an empty database (never in production). */
  seedDemoData: boolean;
  /** Browser origins allowed to open the WebSocket; the server's own origin is always allowed. */
  webOrigins: string[];
  webDir: string;
  logLevel: string;
  redisUrl: string | null;
  /** How often open sockets are checked for sessions that expired while idle. */
  socketSweepMs: number;
  /** A session's idle timeout in seconds: the policy's 30 minutes. Tests shorten it; the environment cannot. */
  sessionIdleSeconds: number;
  /** When set, GET /metrics wants it as a bearer token. In production without it, /metrics is off. */
  metricsToken: string | null;
  /**
   * Cheap argon2id parameters, so test suites that sign in hundreds of times stay fast. Only
   * NODE_ENV=test turns it on, and configProblems refuses it in production.
   */
  fastPasswordHashing: boolean;
  /**
   * prom-client's default process metrics (CPU, memory, event loop, GC) on /metrics. Off only
   * under NODE_ENV=test: their GC observer can never be stopped, so every test app a jest worker
   * starts would leave one running. (It is not what makes a worker's heap grow per spec file:
   * see workerIdleMemoryLimit in jest.config.js.)
   */
  processMetrics: boolean;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges; `loopback`, `linklocal`,
   * `uniquelocal` name those ranges). Empty: the peer's own address is the client's.
   */
  trustedProxies: string[];
  /** `JOINTOPS_MFA`: `required` (the default in production) or `optional` (the default elsewhere, so the demo accounts sign in with a password). */
  mfa: MfaPolicy;
  /** `JOINTOPS_SIGNATURE_WINDOW_S`: how recently a signer must have proved presence (default 300). */
  signatureWindowSeconds: number;
  /** Single sign-on with OpenID Connect; null when JOINTOPS_OIDC_ISSUER is not set. */
  oidc: OidcConfig | null;
  /**
   * `JOINTOPS_PUBLIC_URL`: the address users reach JointOps at (`https://jointops.agency.gov`), the
   * base of the single sign-on redirect URI. Required in production with single sign-on; elsewhere,
   * null means "the address the browser used" (Host header, and X-Forwarded-Proto from a trusted proxy).
   */
  publicUrl: string | null;
  /**
   * `JOINTOPS_ADDRESS_HASH_KEY`: the server's key for the keyed hash (HMAC-SHA256) of client
   * addresses, the only form in which an address is kept (the complaint rate limit). Outside
   * production a development default; production refuses the default and short keys.
   */
  addressHashKey: string;
  /** `SMTP_URL` (nodemailer's URL form, `smtp://user:pass@host:587`): with it, notifications are also emailed. Null: no email is sent. */
  smtpUrl: string | null;
  /** `JOINTOPS_MAIL_FROM`: the sender of notification emails. */
  mailFrom: string;
  /**
   * `JOINTOPS_JOBS`: run pg-boss here (scheduled reminders, email delivery). On by default; the
   * integration tests turn it off except where they test jobs. Off, no job is sent or worked.
   */
  jobs: boolean;
  /**
   * `JOINTOPS_MAP_TILES_URL`: an agency's own tile server, as an https `{z}/{x}/{y}` template. Null:
   * the map draws the county and state outlines it ships with (works with no network).
   */
  mapTilesUrl: string | null;
  /** `JOINTOPS_MAP_TILES_ATTRIBUTION`: the credit the tile server's licence asks for, shown on the map. */
  mapTilesAttribution: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export const DEFAULT_DEMO_PASSWORD = DEMO_PASSWORD;

/** Public, so never a production key (configProblems refuses it there). */
export const DEVELOPMENT_ADDRESS_HASH_KEY = 'jointops-development-address-hash-key';
/** The shortest address hash key production accepts. */
export const ADDRESS_HASH_KEY_MIN_LENGTH = 32;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const production = env.NODE_ENV === 'production';
  return {
    production,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(cwd, env.JOINTOPS_DATA_DIR ?? '.data'),
    embeddedPostgresPort: Number(env.JOINTOPS_EMBEDDED_PG_PORT ?? 54329),
    adminEmail: env.JOINTOPS_ADMIN_EMAIL?.trim() || null,
    adminPassword: env.JOINTOPS_ADMIN_PASSWORD || null,
    demoPassword: env.JOINTOPS_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    seedDemoData: !production && env.JOINTOPS_SEED_DEMO !== 'false',
    // Outside production the Vite dev server (npm run dev:web) is a known origin too.
    webOrigins: list(env.JOINTOPS_WEB_ORIGINS ?? (production ? '' : 'http://localhost:4200')),
    webDir: resolve(cwd, env.JOINTOPS_WEB_DIR ?? 'dist/apps/web'),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    redisUrl: env.REDIS_URL?.trim() || null,
    socketSweepMs: Number(env.JOINTOPS_SOCKET_SWEEP_MS ?? 30_000),
    sessionIdleSeconds: SESSION_POLICY.idleTimeoutMinutes * 60,
    metricsToken: env.JOINTOPS_METRICS_TOKEN?.trim() || null,
    fastPasswordHashing: env.NODE_ENV === 'test',
    processMetrics: env.NODE_ENV !== 'test',
    trustedProxies: list(env.JOINTOPS_TRUSTED_PROXIES),
    mfa: (env.JOINTOPS_MFA?.trim() || (production ? 'required' : 'optional')) as MfaPolicy,
    signatureWindowSeconds: Number(env.JOINTOPS_SIGNATURE_WINDOW_S ?? 300),
    oidc: env.JOINTOPS_OIDC_ISSUER?.trim()
      ? { issuer: env.JOINTOPS_OIDC_ISSUER.trim(), clientId: env.JOINTOPS_OIDC_CLIENT_ID?.trim() ?? '', clientSecret: env.JOINTOPS_OIDC_CLIENT_SECRET ?? '' }
      : null,
    publicUrl: env.JOINTOPS_PUBLIC_URL?.trim().replace(/\/+$/, '') || null,
    addressHashKey: env.JOINTOPS_ADDRESS_HASH_KEY?.trim() || DEVELOPMENT_ADDRESS_HASH_KEY,
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.JOINTOPS_MAIL_FROM?.trim() || 'JointOps <no-reply@jointops.invalid>',
    jobs: env.JOINTOPS_JOBS !== 'false',
    mapTilesUrl: env.JOINTOPS_MAP_TILES_URL?.trim() || null,
    mapTilesAttribution: env.JOINTOPS_MAP_TILES_ATTRIBUTION?.trim() ?? '',
  };
}

/** Problems that must stop the server before it listens, each naming the setting to fix. */
export function configProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) problems.push('PORT must be a port number.');
  if (config.production && !config.databaseUrl) {
    problems.push('DATABASE_URL is required in production (the embedded database is for development only).');
  }
  if ((config.adminEmail === null) !== (config.adminPassword === null)) {
    problems.push('Set JOINTOPS_ADMIN_EMAIL and JOINTOPS_ADMIN_PASSWORD together, or neither.');
  }
  // Outside production the bootstrap admin may share the demo accounts' password; in production it must be a real one.
  const adminPassword = config.adminPassword === null ? null : checkPassword('JOINTOPS_ADMIN_PASSWORD', config.adminPassword, { allowDemoPassword: !config.production });
  if (adminPassword) problems.push(`JOINTOPS_ADMIN_PASSWORD: ${adminPassword.message}`);
  if (config.production && config.fastPasswordHashing) problems.push('Fast password hashing is for tests only and cannot run in production.');
  if (config.mfa !== 'required' && config.mfa !== 'optional') problems.push('JOINTOPS_MFA must be required or optional.');
  if (!Number.isInteger(config.signatureWindowSeconds) || config.signatureWindowSeconds < 30 || config.signatureWindowSeconds > 3600) {
    problems.push('JOINTOPS_SIGNATURE_WINDOW_S must be a whole number of seconds from 30 to 3600.');
  }
  if (config.oidc && (!config.oidc.clientId || !config.oidc.clientSecret)) {
    problems.push('Set JOINTOPS_OIDC_CLIENT_ID and JOINTOPS_OIDC_CLIENT_SECRET with JOINTOPS_OIDC_ISSUER.');
  }
  if (config.oidc && !/^https?:\/\//.test(config.oidc.issuer)) problems.push('JOINTOPS_OIDC_ISSUER must be an http(s) URL.');
  if (config.production && config.oidc && !config.oidc.issuer.startsWith('https://')) problems.push('JOINTOPS_OIDC_ISSUER must be an https URL in production.');
  if (config.production && config.oidc && !config.publicUrl) {
    problems.push('JOINTOPS_PUBLIC_URL is required in production with single sign-on (the redirect URI is JOINTOPS_PUBLIC_URL/auth/oidc/callback).');
  }
  if (config.publicUrl && !isOrigin(config.publicUrl)) problems.push('JOINTOPS_PUBLIC_URL must be an http(s) origin, like https://jointops.agency.gov (no path).');
  if (config.production && (config.addressHashKey === DEVELOPMENT_ADDRESS_HASH_KEY || config.addressHashKey.length < ADDRESS_HASH_KEY_MIN_LENGTH)) {
    problems.push(`JOINTOPS_ADDRESS_HASH_KEY is required in production: a random secret of at least ${ADDRESS_HASH_KEY_MIN_LENGTH} characters (client addresses are kept only as a keyed hash under it).`);
  }
  if (config.smtpUrl && !/^smtps?:\/\//.test(config.smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL.');
  if (config.smtpUrl && !config.jobs) problems.push('SMTP_URL needs the job runner: unset JOINTOPS_JOBS=false (emails are sent as jobs).');
  if (config.production && config.smtpUrl && !config.publicUrl) {
    problems.push('JOINTOPS_PUBLIC_URL is required in production with SMTP_URL (emails link back to JointOps).');
  }
  if (config.mapTilesUrl && !mapTilesOrigin(config.mapTilesUrl)) {
    problems.push('JOINTOPS_MAP_TILES_URL must be an https URL template with {z}, {x} and {y} on one named host, like https://tiles.agency.gov/{z}/{x}/{y}.png.');
  }
  const badProxies = config.trustedProxies.filter((proxy) => !isProxyAddress(proxy));
  if (badProxies.length > 0) {
    problems.push(`JOINTOPS_TRUSTED_PROXIES takes IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal); not: ${badProxies.join(', ')}.`);
  }
  return problems;
}

/**
 * The origin tiles load from (the CSP's img-src allows it), or null when `template` is not an https
 * `{z}/{x}/{y}` template on one literal host (no `{s}` subdomains: the CSP names exactly one origin).
 */
export function mapTilesOrigin(template: string): string | null {
  if (!['{z}', '{x}', '{y}'].every((part) => template.includes(part))) return null;
  try {
    const url = new URL(template);
    if (url.protocol !== 'https:' || url.username || url.password || /[{}]/.test(url.host) || decodeURIComponent(url.host) !== url.host) return null;
    return url.origin;
  } catch {
    return null;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a CIDR range, or one of the range names Express's `trust proxy` knows. */
function isProxyAddress(value: string): boolean {
  if (PROXY_RANGE_NAMES.has(value)) return true;
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}
