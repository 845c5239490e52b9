import { createServer, connect, type Server, type Socket } from 'node:net';
import { batchLaterFramesOfThisTurn } from './turn-cork';

/** A connected pair of sockets over loopback, with the writer's system-level writes counted. */
async function pair(): Promise<{ writer: Socket; received: () => Promise<string>; writes: { single: number; batched: number[] }; close: () => Promise<void> }> {
  let accepted!: Socket;
  const server: Server = await new Promise((resolve) => {
    const s = createServer((socket) => (accepted = socket)).listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  const writer = connect(port, '127.0.0.1');
  await new Promise((resolve) => writer.once('connect', resolve));
  while (!accepted) await new Promise((resolve) => setImmediate(resolve));
  let data = '';
  accepted.on('data', (chunk) => (data += chunk.toString()));
  const writes = { single: 0, batched: [] as number[] };
  const internals = writer as unknown as { _write: (...args: unknown[]) => void; _writev: (chunks: unknown[], cb: unknown) => void };
  const write = internals._write.bind(writer);
  const writev = internals._writev.bind(writer);
  internals._write = (...args) => (writes.single++, write(...args));
  internals._writev = (chunks, cb) => (writes.batched.push(chunks.length), writev(chunks, cb));
  return {
    writer,
    writes,
    received: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return data;
    },
    close: async () => {
      writer.destroy();
      accepted.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Writes each frame in its own microtask, as a catching-up subscription's pump does. */
async function writeInMicrotasks(socket: Socket, frames: string[], cork: boolean): Promise<void> {
  for (const frame of frames) {
    await Promise.resolve();
    if (cork) batchLaterFramesOfThisTurn(socket);
    socket.write(frame);
  }
}

describe('batchLaterFramesOfThisTurn', () => {
  const frames = ['{"seq":1}', '{"seq":2}', '{"seq":3}', '{"seq":4}'];

  it('sends the first frame of a turn at once and the rest of the turn in one write, in order', async () => {
    const { writer, writes, received, close } = await pair();
    try {
      await writeInMicrotasks(writer, frames, true);
      // Still in the turn: the first frame is out, the three after it are held.
      expect(writes).toEqual({ single: 1, batched: [] });
      expect(writer.writableCorked).toBe(1);
      expect(await received()).toBe(frames.join(''));
      expect(writes).toEqual({ single: 1, batched: [3] });
      expect(writer.writableCorked).toBe(0);
    } finally {
      await close();
    }
  });

  it('never holds a socket written once in a turn (live delivery): its frame goes out as it is made', async () => {
    const { writer, writes, received, close } = await pair();
    try {
      batchLaterFramesOfThisTurn(writer);
      writer.write('live');
      expect(writer.writableCorked).toBe(0);
      expect(writes).toEqual({ single: 1, batched: [] });
      expect(await received()).toBe('live');
    } finally {
      await close();
    }
  });

  it('without it, each frame is a write of its own (what it saves)', async () => {
    const { writer, writes, received, close } = await pair();
    try {
      await writeInMicrotasks(writer, frames, false);
      expect(await received()).toBe(frames.join(''));
      expect(writes.single + writes.batched.length).toBeGreaterThan(2);
    } finally {
      await close();
    }
  });

  it('starts again each turn: a frame written in a later turn goes out on its own, at once', async () => {
    const { writer, writes, received, close } = await pair();
    try {
      batchLaterFramesOfThisTurn(writer);
      writer.write('a');
      batchLaterFramesOfThisTurn(writer);
      writer.write('b');
      await new Promise((resolve) => setImmediate(resolve));
      expect(writer.writableCorked).toBe(0);
      batchLaterFramesOfThisTurn(writer);
      writer.write('c');
      expect(writes.single + writes.batched.length).toBe(3);
      expect(await received()).toBe('abc');
    } finally {
      await close();
    }
  });
});
