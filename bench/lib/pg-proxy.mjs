import { createServer, connect } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that counts what clients ask for, by reading the frontend
 * protocol: 'Q' (simple query: one statement string, e.g. BEGIN) and 'E' (Execute of the
 * extended protocol: one parameterised statement, as node-pg sends for queries with values).
 * `statements` = Q + E is the number of SQL statements the clients ran. Byte streams are
 * forwarded untouched; SSL is not offered (the bench uses plain TCP on 127.0.0.1).
 */
export async function startCountingProxy(targetUrl) {
  const target = new URL(targetUrl);
  const counts = { Q: 0, E: 0, P: 0 };
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    // Forward each chunk as it comes, as the direct connection would: with Nagle's algorithm on,
    // the tail of a large answer waited for the peer's delayed ACK (about 40 ms on Linux).
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    let started = false;
    let pending = Buffer.alloc(0);
    client.on('data', (chunk) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (!started) {
          // Startup packet (or SSLRequest): int32 length including itself, no type byte.
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(length);
          if (code === 80877103 || code === 80877104) continue; // SSLRequest / GSSENCRequest: the startup packet follows
          started = true;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]);
        if (type in counts) counts[type]++;
        pending = pending.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const url = new URL(targetUrl);
  url.port = String(port);
  url.hostname = '127.0.0.1';
  return {
    url: url.toString(),
    snapshot: () => ({ ...counts, statements: counts.Q + counts.E }),
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
