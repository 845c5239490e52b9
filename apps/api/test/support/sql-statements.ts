import { Client } from 'pg';

/** A statement as node-pg sent it: its text, and its name when it went as a named prepared statement. */
export interface SentStatement {
  text: string;
  name: string | undefined;
}

/**
 * Every statement the app sent to PostgreSQL while `work` ran, in order, counted where node-pg
 * sends them (as the bench's proxy counts them on the wire). Anything else running meanwhile is in
 * it too: `withoutBackgroundWrites` takes out what runs on its own schedule.
 */
export async function sentDuring<T>(work: () => Promise<T>): Promise<{ result: T; sent: SentStatement[] }> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    const result = await work();
    const sent = spy.mock.calls.map(([config]) => {
      const named = typeof config === 'object' && config !== null ? (config as { text?: string; name?: string }) : undefined;
      return { text: String(named ? named.text : config), name: named?.name };
    });
    return { result, sent };
  } finally {
    spy.mockRestore();
  }
}

/** The SQL text of every statement the app sent while `work` ran (sentDuring without the names). */
export async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const { result, sent } = await sentDuring(work);
  return { result, statements: sent.map((statement) => statement.text) };
}

/**
 * The statements without the access log's buffered flush, which runs up to a second after the
 * reads it records (or when the buffer fills) and so can fall inside any request's window.
 */
export function withoutBackgroundWrites(statements: readonly string[]): string[] {
  return statements.filter((sql) => !sql.trimStart().startsWith('INSERT INTO access_log '));
}
