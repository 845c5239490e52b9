import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A free TCP port on 127.0.0.1. With `outsideEphemeral`, one below the kernel's ephemeral range:
 * for a server that is restarted on the same port while clients keep dialling it, since while it
 * is down another process's outgoing connection (or a client's own, connected to itself) could
 * take a port of that range.
 */
export async function freePort({ outsideEphemeral = false } = {}) {
  if (!outsideEphemeral) return listenOn(0);
  let low = 32768;
  try {
    low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || low;
  } catch {
    /* not Linux: assume the usual range */
  }
  const from = Math.min(20000, Math.max(1025, low - 10000));
  for (let i = 0; i < 50; i++) {
    const port = from + Math.floor(Math.random() * Math.max(1, low - from));
    const taken = await listenOn(port).then(
      () => false,
      () => true,
    );
    if (!taken) return port;
  }
  return listenOn(0);
}

function listenOn(wanted) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
