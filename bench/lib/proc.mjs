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

/** Busy and total CPU time of the whole machine so far, in clock ticks (the first line of /proc/stat). */
function machineCpu() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = fields.map(Number);
  const idle = ticks[3] + (ticks[4] ?? 0); // idle + iowait
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/**
 * Waits until the machine is idle: until, over one window of `windowMs`, the cores were busy less
 * than `busyShare` of the time (all processes, from /proc/stat), or `maxMs` passed. Returns the
 * time waited and whether it settled. Not on Linux, it returns at once.
 */
export async function waitForIdleMachine({ busyShare = 0.1, windowMs = 250, maxMs = 10_000 } = {}) {
  const started = Date.now();
  try {
    machineCpu();
  } catch {
    return { waitedMs: 0, settled: false };
  }
  for (;;) {
    const before = machineCpu();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = machineCpu();
    const share = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (share < busyShare) return { waitedMs: Date.now() - started, settled: true };
    if (Date.now() - started >= maxMs) return { waitedMs: Date.now() - started, settled: false };
  }
}
