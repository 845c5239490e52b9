import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';

/** Resident set size of a process in MB (VmRSS in /proc/<pid>/status); null when it is gone or not on Linux. */
export function rssMB(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples the RSS of `pids` every `everyMs` until stop(); stop() returns the peak per pid (MB). */
export function sampleRss(pids, everyMs = 250) {
  const peak = pids.map((pid) => rssMB(pid) ?? 0);
  const timer = setInterval(() => {
    pids.forEach((pid, index) => {
      peak[index] = Math.max(peak[index], rssMB(pid) ?? 0);
    });
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** The Redis the bench uses: BENCH_REDIS_URL, else redis://127.0.0.1:6379. */
export const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * Whether a Redis server answers PING at `url` within `timeoutMs` (AUTH first when the URL has a
 * password). Plain RESP over a socket, so the bench needs no Redis client of its own.
 */
export function redisAnswers(url = REDIS_URL, timeoutMs = 1500) {
  return new Promise((resolve) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      resolve(false);
      return;
    }
    const socket = createConnection({ host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 6379) });
    let reply = '';
    const done = (ok) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on('error', () => done(false));
    socket.on('connect', () => {
      const password = decodeURIComponent(parsed.password || '');
      const user = decodeURIComponent(parsed.username || '');
      const command = (...args) => `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`;
      socket.write((password ? (user ? command('AUTH', user, password) : command('AUTH', password)) : '') + command('PING'));
    });
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('+PONG')) done(true);
      else if (reply.startsWith('-')) done(false);
    });
  });
}
