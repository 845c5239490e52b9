import { AsyncQueue } from '../events/async-queue';
import { SharedStream } from './shared-stream';

describe('SharedStream over a push source', () => {
  it('sends each event in the turn it is pushed when its payload is made, and in order when it is not', async () => {
    const queue = new AsyncQueue<string>(() => undefined);
    const sent: string[] = [];
    let release: (payload: string) => void = () => undefined;
    const stream = new SharedStream(
      queue,
      (event) => (event === 'slow' ? { then: (made) => (release = made) } : `payload of ${event}`),
      (payload) => {
        sent.push(payload);
        return true;
      },
    );
    const done = stream.next();
    queue.push('one');
    expect(sent).toEqual(['payload of one']);
    queue.push('slow');
    queue.push('two');
    expect(sent).toEqual(['payload of one']);
    release('payload of slow');
    expect(sent).toEqual(['payload of one', 'payload of slow', 'payload of two']);
    queue.push('three');
    expect(sent).toHaveLength(4);
    await stream.return();
    expect(await done).toEqual({ value: undefined, done: true });
    expect(queue.closed).toBe(true);
  });

  it('stops, and ends its source, when a frame may not be sent (a closed socket, an ended session)', async () => {
    const cleanup = jest.fn();
    const queue = new AsyncQueue<string>(cleanup);
    const sent: string[] = [];
    const stream = new SharedStream(queue, (event) => String(event), (payload) => {
      sent.push(payload);
      return Promise.resolve(payload !== 'refused');
    });
    const done = stream.next();
    queue.push('first');
    queue.push('refused');
    queue.push('never');
    expect(await done).toEqual({ value: undefined, done: true });
    expect(sent).toEqual(['first', 'refused']);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('ends after the last event when its source fails or ends', async () => {
    const queue = new AsyncQueue<string>(() => undefined);
    const sent: string[] = [];
    const stream = new SharedStream(queue, (event) => (event instanceof Error ? `error: ${event.message}` : String(event)), (payload) => sent.push(payload) > 0);
    const done = stream.next();
    queue.push('last');
    queue.fail(new Error('access removed'));
    expect(await done).toEqual({ value: undefined, done: true });
    expect(sent).toEqual(['last', 'error: access removed']);
  });

  it('reports an execution that fails as the operation\'s error, once its source is ended', async () => {
    const cleanup = jest.fn();
    const queue = new AsyncQueue<string>(cleanup);
    const stream = new SharedStream(queue, () => ({ then: (_made, failed) => failed(new Error('execution failed')) }), () => true);
    const done = stream.next();
    queue.push('event');
    await expect(done).rejects.toThrow('execution failed');
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('ends when graphql-ws returns it while an event waits for its payload, and sends nothing after', async () => {
    const queue = new AsyncQueue<string>(() => undefined);
    const sent: string[] = [];
    let release: (payload: string) => void = () => undefined;
    const stream = new SharedStream(queue, () => ({ then: (made) => (release = made) }), (payload) => sent.push(payload) > 0);
    const done = stream.next();
    queue.push('waiting');
    await stream.return();
    release('too late');
    expect(await done).toEqual({ value: undefined, done: true });
    expect(sent).toEqual([]);
  });
});
