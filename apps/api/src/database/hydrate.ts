import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A row as PostgreSQL returned it (column names; timestamps as Date, or as strings from json_agg)
 * turned back into its entity, through TypeORM's own column metadata.
 */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(entity);
  const target = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    target[column.propertyName] = column.type === 'timestamptz' && typeof value === 'string' ? new Date(value) : value;
  }
  return target as T;
}
