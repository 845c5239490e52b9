import { createServer, type Server } from 'node:net';
import { assertPortFree } from './port-free';

const listening = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
const closed = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('assertPortFree', () => {
  it('refuses a port another server holds, saying how to start on another one', async () => {
    const other = createServer();
    const port = await listening(other);
    try {
      await expect(assertPortFree(port, '127.0.0.1')).rejects.toThrow(`port ${port} is already in use (another JointOps?). Stop that server, or start on another port: PORT=${port + 1} npm start`);
    } finally {
      await closed(other);
    }
  });

  it('accepts a free port and leaves it free', async () => {
    const other = createServer();
    const port = await listening(other);
    await closed(other);
    await expect(assertPortFree(port, '127.0.0.1')).resolves.toBeUndefined();
    // Free again afterwards: the check closed what it opened.
    const again = createServer();
    await expect(new Promise((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', () => resolve(port)))).resolves.toBe(port);
    await closed(again);
  });
});
