import type { Socket } from 'node:net';

const corked = new WeakSet<Socket>();

/**
 * Holds a socket's writes until the current turn of the event loop has run its microtasks, then
 * sends them in one write. A subscriber catching up receives its missed events one after the
 * other in the same turn: without this each frame is its own system call (twenty events, twenty
 * writes, for each of a thousand sockets reconnecting at once); with it, one. A socket written
 * once per turn (live delivery) costs the same as before. Frames stay in order: corking only
 * delays the flush, and ws writes each frame whole.
 */
export function corkForThisTurn(socket: Socket): void {
  if (corked.has(socket) || socket.destroyed) return;
  corked.add(socket);
  socket.cork();
  // A tick queued from a microtask runs once the microtask queue is empty: after every frame this turn writes.
  process.nextTick(() => {
    corked.delete(socket);
    socket.uncork();
  });
}
