import { Client } from 'pg';

/**
 * The SQL text of every statement the app sent to PostgreSQL while `work` ran, in order, counted
 * where node-pg sends them (as the bench's proxy counts them on the wire). Anything else running
 * meanwhile (a timer's flush) is in it too: callers filter what is not theirs.
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
