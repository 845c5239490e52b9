import type { DataSourceOptions } from 'typeorm';
import { Agency } from '../modules/agencies/agency.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/users/user.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [Agency, User, Session];

/** Schema changes go through migrations only: synchronize stays off everywhere. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: Number(process.env.JOINTOPS_DB_POOL_SIZE ?? 20), application_name: 'jointops-api' },
  };
}
