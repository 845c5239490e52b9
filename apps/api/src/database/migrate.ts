import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Any fixed 64-bit key: every JointOps instance takes the same one. */
const MIGRATION_LOCK_KEY = 4_242_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas starting together
 * migrate one at a time: the first applies them, the others wait, then find nothing to do.
 */
export async function migrate(databaseUrl: string): Promise<string[]> {
  // Migrations need no entities: this connection knows only them.
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    logging: false,
    extra: { max: 2, application_name: 'jointops-migrate' },
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
