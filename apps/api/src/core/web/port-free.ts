import { createServer } from 'node:net';

/**
 * Resolves when `port` on `host` can be listened on; otherwise rejects with what to do about it.
 * Checked before the database starts and the demo data is seeded, so a second `npm start` says at
 * once that the port is taken instead of failing after the seed with a WebSocket server's trace.
 */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use (another JointOps?). Stop that server, or start on another port: PORT=${port + 1} npm start`) : error);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
