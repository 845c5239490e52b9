import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

function serverUrl(): string {
  const url = process.env.JOINTOPS_TEST_SERVER_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('No test PostgreSQL: run through jest (global setup) or set TEST_DATABASE_URL.');
  return url;
}

/** The migrated template that global setup prepared for this run, when there is one. */
function templateName(): string | null {
  return process.env.JOINTOPS_TEST_TEMPLATE_DB ?? null;
}

export async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh database on the test server. By default it is a copy of the run's migrated template
 * (CREATE DATABASE … TEMPLATE takes a few milliseconds where five migrations take a second);
 * `empty: true` gives one with no schema at all, for specs about migrating.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `jointops_test_${randomBytes(6).toString('hex')}`;
  const template = options.empty ? null : templateName();
  await withServer((client) => client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`));
  return {
    url: databaseUrl(name),
    name,
    drop: () => withServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
