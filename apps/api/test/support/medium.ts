import type { INestApplication, Type } from '@nestjs/common';
import type { FieldViolation } from '@jointops/domain';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/core/config/app-config';
import { ValidationException } from '../../src/core/errors/app-exception';
import type { AuthenticatedUser } from '../../src/modules/auth/authenticated-user';
import type { CreatePlanInput } from '../../src/modules/plans/dto/create-plan.input';
import { PlansService } from '../../src/modules/plans/plans.service';
import { UsersService } from '../../src/modules/users/users.service';
import { PEOPLE, type PersonKey, type TaskForce } from './task-force';
import { createTestDatabase } from './test-database';
import { TEST_PASSWORD } from './test-app';

/**
 * The "medium" tier: the real Nest module graph and services on a fresh copy of the migrated
 * database, without HTTP. Specs call services directly as a task-force user, so rules that need
 * only the service and the database (input limits) run without a server, sign-in or GraphQL.
 */
export interface MediumApp {
  app: INestApplication;
  db: DataSource;
  /** A provider of the app, e.g. `m.get(ObjectivesService)`. */
  get<T>(type: Type<T>): T;
  agencies: TaskForce['agencies'];
  /** The task-force people as the services see a signed-in caller. */
  users: Record<PersonKey, AuthenticatedUser>;
  /** A plan led by NCSHP with CBP taking part, created by the NCSHP planner. */
  createPlan(input?: Partial<CreatePlanInput>): Promise<string>;
  close(): Promise<void>;
}

export async function startMedium(): Promise<MediumApp> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), redisUrl: null, seedDemoData: false, webDir: '/nonexistent', databaseUrl: database.url };
  const { app } = await createApp(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  const db = app.get(DataSource);
  const agencies = {} as TaskForce['agencies'];
  for (const [key, shortName, level] of [['ncshp', 'NCSHP', 'STATE'], ['cbp', 'CBP', 'FEDERAL'], ['wcso', 'WCSO', 'LOCAL'], ['oversight', 'OLEO', 'STATE']] as const) {
    const [row] = await db.query(`INSERT INTO agencies (name, short_name, level) VALUES ($1, $2, $3) RETURNING id`, [`${shortName} agency`, shortName, level]);
    agencies[key] = row.id;
  }
  const users = {} as Record<PersonKey, AuthenticatedUser>;
  for (const [key, email, agency, roles] of PEOPLE) {
    const displayName = email.split('@')[0];
    const user = await app.get(UsersService).insert({ email, displayName, agencyId: agencies[agency], roles, password: TEST_PASSWORD });
    // What the session guard would build for a signed-in request; no session row is needed by the services under test.
    users[key] = { id: user.id, email, displayName, agencyId: agencies[agency], roles, sessionId: `medium-${key}`, sessionExpiresAt: new Date(Date.now() + 3_600_000) };
  }
  return {
    app,
    db,
    get: (type) => app.get(type),
    agencies,
    users,
    async createPlan(input = {}) {
      const plan = await app.get(PlansService).create(users.ncshpPlanner, {
        title: 'Operation Safe Corridor',
        summary: 'Joint traffic enforcement on I-40.',
        agencyIds: [agencies.cbp],
        operationType: 'CHECKPOINT',
        startsAt: new Date('2027-03-01T06:00:00Z'),
        endsAt: new Date('2027-03-01T18:00:00Z'),
        ...input,
      });
      return plan.id;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** The violations of a call that must be refused as bad input; fails the test for any other outcome. */
export async function violationsOf(call: Promise<unknown>): Promise<FieldViolation[]> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`Expected a ValidationException, the call returned ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof ValidationException)) throw outcome.error;
  expect(outcome.error.contractCode).toBe('BAD_USER_INPUT');
  return outcome.error.violations;
}
