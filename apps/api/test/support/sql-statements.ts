import { Client } from 'pg';

/**
 * The SQL text of every statement the app sent to PostgreSQL while `work` ran, in order, counted
 * where node-pg sends them (as the bench's proxy counts them on the wire). Anything else running
 * meanwhile is in it too: `withoutBackgroundWrites` takes out what runs on its own schedule.
 */
export async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    const result = await work();
    const statements = spy.mock.calls.map((call) => String(typeof call[0] === 'string' ? call[0] : (call[0] as { text?: string } | undefined)?.text));
    return { result, statements };
  } finally {
    spy.mockRestore();
  }
}

/**
 * The statements without the access log's buffered flush, which runs up to a second after the
 * reads it records (or when the buffer fills) and so can fall inside any request's window.
 */
export function withoutBackgroundWrites(statements: readonly string[]): string[] {
  return statements.filter((sql) => !sql.trimStart().startsWith('INSERT INTO access_log '));
}
