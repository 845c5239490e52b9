import type { Socket } from 'node:net';

/** Sockets written once in the current turn (their first frame went out at once). */
const written = new WeakSet<Socket>();
/** Sockets holding their later frames of this turn for one write. */
const corked = new WeakSet<Socket>();

/**
 * Call before each frame written to `socket`. The first frame of a turn of the event loop goes out
 * at once; any later frames of that turn are held until its microtasks have run, then sent in one
 * write. A subscriber catching up receives its missed events one after the other in the same turn:
 * without this each frame is its own system call (twenty events, twenty writes, for each of a
 * thousand sockets reconnecting at once); with it, two. Live delivery writes each socket once per
 * event: its frame leaves as it is made, so the first subscribers read it while the rest are still
 * being written (holding every socket's frame to the end of the pass kept the clients waiting for
 * the whole pass: bench/README.md, the sitting of 2026-12-05 14:29). Frames stay in order: corking
 * only delays the flush, and ws writes each frame whole.
 */
export function batchLaterFramesOfThisTurn(socket: Socket): void {
  if (corked.has(socket) || socket.destroyed) return;
  // A tick queued from a microtask runs once the microtask queue is empty: after every frame this turn writes.
  if (!written.has(socket)) {
    written.add(socket);
    process.nextTick(() => written.delete(socket));
    return;
  }
  corked.add(socket);
  socket.cork();
  process.nextTick(() => {
    corked.delete(socket);
    socket.uncork();
  });
}
