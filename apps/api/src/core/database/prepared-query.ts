import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** node-pg's client, as far as a named statement needs it. */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

/** A statement's name: the same text always gets the same name, on every connection. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `jo_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a hot statement as a named prepared statement: each pool connection parses and plans it
 * once, then only binds and executes it (PostgreSQL keeps it for the connection's life; migrations
 * run before the API starts). For the few statements that every change or request sends; the rest
 * go through TypeORM's `query`. Returns the rows, also of an UPDATE.
 *
 * `manager` is a change's transaction (its connection is held) or `dataSource.manager` (a pool
 * connection for this statement only).
 */
export async function preparedQuery<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const held = manager.queryRunner;
  const runner = held ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    const result = await client.query({ name: nameOf(text), text, values });
    return result.rows as T[];
  } finally {
    if (!held) await runner.release();
  }
}
