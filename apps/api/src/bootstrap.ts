import { NestFactory } from '@nestjs/core';
import { COMPLAINT_MAX_BODY_BYTES } from '@jointops/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './core/config/app-config';
import { QUERY_LIMITS } from './core/graphql/query-limits';
import { anonymousBodyLimit } from './core/web/anonymous-body-limit';
import { bodyErrors } from './core/web/body-errors';
import { securityHeaders } from './core/web/security-headers';
import { serveWebApp } from './core/web/web-app';
import { migrate } from './database/migrate';
import { AuthService } from './modules/auth/auth.service';
import { SeedService, type SeedReport } from './database/seed/seed.service';

export interface CreatedApp {
  app: NestExpressApplication;
  seed: SeedReport;
  servesWebApp: boolean;
}

/**
 * Builds the whole server: the same path for `npm start`, the container and the integration tests.
 * Migrations run first (one replica at a time); then the admin account and demo data are seeded.
 */
export async function createApp(config: AppConfig & { databaseUrl: string }, logger: Logger): Promise<CreatedApp> {
  await migrate(config.databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, logger), {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  // Without a session (the public complaint form, sign-in) a body may be at most 64 KiB; with one, 1 MiB.
  const auth = app.get(AuthService);
  app.use(anonymousBodyLimit(COMPLAINT_MAX_BODY_BYTES, async (token) => (await auth.authenticate(token)) !== null));
  app.useBodyParser('json', { limit: QUERY_LIMITS.maxBodyBytes });
  // A body either parser refused: a coded GraphQL error, not the parser's text and a logged stack.
  app.use(bodyErrors());
  // X-Forwarded-For is believed only from the proxies named in JOINTOPS_TRUSTED_PROXIES (none by
  // default); anyone else could write any address into it and have it recorded as theirs.
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  const servesWebApp = serveWebApp(app, config.webDir);
  await app.init();
  const seed = await app.get(SeedService).run();
  return { app, seed, servesWebApp };
}
