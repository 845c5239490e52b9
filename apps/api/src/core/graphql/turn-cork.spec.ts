import { createServer, connect, type Server, type Socket } from 'node:net';
import { corkForThisTurn } from './turn-cork';

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
    if (cork) corkForThisTurn(socket);
    socket.write(frame);
  }
}

describe('corkForThisTurn', () => {
  const frames = ['{"seq":1}', '{"seq":2}', '{"seq":3}', '{"seq":4}'];

  it('sends the frames of one turn in a single write, in order', async () => {
    const { writer, writes, received, close } = await pair();
    try {
      await writeInMicrotasks(writer, frames, true);
      expect(writer.writableCorked).toBe(1);
      expect(await received()).toBe(frames.join(''));
      expect(writes).toEqual({ single: 0, batched: [4] });
      expect(writer.writableCorked).toBe(0);
    } finally {
      await close();
    }
  });

  it('without it, each frame is a write of its own (what it saves)', async () => {
    const { writer, writes, received, close } = await pair();
    try {
      await writeInMicrotasks(writer, frames, false);
      expect(await received()).toBe(frames.join(''));
      expect(writes.single + writes.batched.length).toBeGreaterThan(1);
    } finally {
      await close();
    }
  });

  it('uncorks after each turn: a frame written in a later turn goes out on its own', async () => {
    const { writer, writes, received, close } = await pair();
    try {
      corkForThisTurn(writer);
      writer.write('a');
      await new Promise((resolve) => setImmediate(resolve));
      expect(writer.writableCorked).toBe(0);
      corkForThisTurn(writer);
      writer.write('b');
      expect(await received()).toBe('ab');
      expect(writes.single + writes.batched.length).toBe(2);
    } finally {
      await close();
    }
  });
});
