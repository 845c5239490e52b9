import { AsyncQueue, valueOrThrow } from './async-queue';

describe('AsyncQueue', () => {
  it('hands out pushed values in order, to waiting and later readers', async () => {
    const queue = new AsyncQueue<number>(() => undefined);
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
  });

  it('delivers a failure as the last value, then ends, running the cleanup once', async () => {
    const cleanup = jest.fn();
    const queue = new AsyncQueue<number>(cleanup);
    queue.push(1);
    queue.fail(new Error('revoked'));
    queue.push(2);
    expect((await queue.next()).value).toBe(1);
    const last = await queue.next();
    expect(() => valueOrThrow(last.value)).toThrow('revoked');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    await queue.return();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('return() ends waiting readers and drops what was not read', async () => {
    const cleanup = jest.fn();
    const queue = new AsyncQueue<number>(cleanup);
    const waiting = queue.next();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(queue.closed).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('follow() hands over what was queued, then each value in the turn it is pushed, and ends once', () => {
    const cleanup = jest.fn();
    const queue = new AsyncQueue<number>(cleanup);
    queue.push(1);
    const seen: Array<number | Error | 'end'> = [];
    queue.follow({ next: (value) => seen.push(value), end: () => seen.push('end') });
    expect(seen).toEqual([1]);
    queue.push(2);
    expect(seen).toEqual([1, 2]);
    const failure = new Error('revoked');
    queue.fail(failure);
    queue.push(3);
    expect(seen).toEqual([1, 2, failure, 'end']);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('follow() on a finished queue ends at once', async () => {
    const queue = new AsyncQueue<number>(() => undefined);
    await queue.return();
    const end = jest.fn();
    queue.follow({ next: () => undefined, end });
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('follow() ends once when the follower stops the queue while taking what was queued', () => {
    const queue = new AsyncQueue<number>(() => undefined);
    queue.push(1);
    queue.push(2);
    const seen: number[] = [];
    const end = jest.fn();
    queue.follow({
      next: (value) => {
        seen.push(value as number);
        void queue.return();
      },
      end,
    });
    expect(seen).toEqual([1]);
    expect(end).toHaveBeenCalledTimes(1);
  });
});
