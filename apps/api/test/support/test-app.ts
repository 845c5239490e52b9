import type { INestApplication } from '@nestjs/common';
import type { AgencyLevel, Role } from '@jointops/domain';
import { createClient, type Client as WsClient } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/core/config/app-config';
import { UsersService } from '../../src/modules/users/users.service';
import { createTestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  wsUrl: string;
  db: DataSource;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  createAgency(shortName: string, level?: AgencyLevel): Promise<string>;
  createUser(email: string, agencyId: string, roles: Role[]): Promise<string>;
  wsClient(token: string | null, options?: { origin?: string; lazy?: boolean }): WsClient;
  close(): Promise<void>;
}

/** The real server, on a fresh database, listening on a random port. */
export async function startTestApp(overrides: Partial<AppConfig> = {}, options: { sameDatabaseAs?: TestApp } = {}): Promise<TestApp> {
  // A second instance on the first one's database, as behind a load balancer; the first drops it.
  const database = options.sameDatabaseAs
    ? { url: options.sameDatabaseAs.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const config: AppConfig & { databaseUrl: string } = {
    ...loadConfig({ NODE_ENV: 'test' }),
    // Each spec picks its transport: LISTEN/NOTIFY unless it passes redisUrl.
    redisUrl: null,
    seedDemoData: false,
    // pg-boss (reminders, email) only where a spec tests jobs: it passes jobs: true.
    jobs: false,
    webDir: '/nonexistent',
    // Specs sign in once, in beforeAll, and may sign (approve, activate, finalize) minutes later on
    // a busy machine: the longest window the config allows. signature-reauth sets a short one.
    signatureWindowSeconds: 3600,
    ...overrides,
    databaseUrl: database.url,
  };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const { app } = await createApp(config, logger);
  await app.listen(0, '127.0.0.1');
  // fetch keeps connections alive for about 4 s; Node closes idle ones after 5 s. Under load the
  // two timers race and a request goes out on a socket the server is closing (ECONNRESET).
  app.getHttpServer().keepAliveTimeout = 60_000;
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const db = app.get(DataSource);
  const wsClients: WsClient[] = [];

  const gql: TestApp['gql'] = async (query, variables = {}, token = null) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      // As Apollo Client 4 and other current clients do: the spec's media type first.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GqlResponse;
    return { ...body, status: response.status } as GqlResponse<any>;
  };

  return {
    app,
    url,
    databaseUrl: database.url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    db,
    gql,
    async login(email, password = TEST_PASSWORD) {
      const result = await gql<{ login: { token: string } }>(
        `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
        { email, password },
      );
      if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async createAgency(shortName, level = 'STATE') {
      const [row] = await db.query(`INSERT INTO agencies (name, short_name, level) VALUES ($1, $2, $3) RETURNING id`, [
        `${shortName} agency`,
        shortName,
        level,
      ]);
      return row.id as string;
    },
    async createUser(email, agencyId, roles) {
      const user = await app.get(UsersService).insert({ email, displayName: email.split('@')[0], agencyId, roles, password: TEST_PASSWORD });
      return user.id;
    },
    wsClient(token, options = {}) {
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, options.origin ? { headers: { origin: options.origin } } : {});
          }
        },
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        onNonLazyError: () => undefined,
        lazy: options.lazy ?? true,
      });
      wsClients.push(client);
      return client;
    },
    async close() {
      await Promise.all(wsClients.map((client) => client.dispose()));
      await app.close();
      await database.drop();
    },
  };
}

/** Runs one operation over graphql-ws and resolves with its result, or rejects with the close event. */
export function wsRequest<T = Record<string, any>>(client: WsClient, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
  return new Promise((resolve, reject) => {
    let result: GqlResponse<T> = { status: 0 };
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => (result = { status: 0, data: (value.data ?? undefined) as T | undefined, errors: value.errors as GqlResponse['errors'] }),
        error: (error) => {
          if (Array.isArray(error)) resolve({ status: 0, errors: error as GqlResponse['errors'] });
          else reject(error);
        },
        complete: () => resolve(result),
      },
    );
  });
}

/** A running subscription that records what arrives. */
export interface Recorder<T> {
  values: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `predicate` holds for the values so far, or rejects after `ms`. */
  until(predicate: (values: T[]) => boolean, ms?: number): Promise<T[]>;
  stop(): void;
}

export function record<T = Record<string, any>>(client: WsClient, query: string, variables: Record<string, unknown>, pick: (data: any) => T): Recorder<T> {
  const recorder: Recorder<T> = {
    values: [],
    errors: [],
    completed: false,
    until(predicate, ms = 5000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (predicate(recorder.values)) return resolve(recorder.values);
          if (Date.now() - started > ms) return reject(new Error(`timed out with ${recorder.values.length} values and errors ${JSON.stringify(recorder.errors)}`));
          setTimeout(check, 10);
        };
        check();
      });
    },
    stop: () => undefined,
  };
  recorder.stop = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        if (value.errors?.length) recorder.errors.push(...value.errors);
        if (value.data) recorder.values.push(pick(value.data));
      },
      error: (error) => recorder.errors.push(error),
      complete: () => (recorder.completed = true),
    },
  );
  return recorder;
}
