/** Who takes a queue's values as they are pushed (`AsyncQueue.follow`), instead of awaiting `next()`. */
export interface QueueFollower<T> {
  next(value: T | Error): void;
  /** The queue finished: after its last value, once. */
  end(): void;
}

/** A source that can hand its values to a follower synchronously (`AsyncQueue`). */
export interface PushSource<T> {
  follow(follower: QueueFollower<T>): void;
}

export function isPushSource<T>(source: object): source is PushSource<T> {
  return typeof (source as Partial<PushSource<T>>).follow === 'function';
}

/**
 * A push-based async iterator for GraphQL subscriptions. `fail` delivers the error as the last
 * value (the subscription's resolve function throws it, so the client gets an error for this
 * operation only and the socket stays open); `return()` from graphql-ws runs the cleanup once.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T | Error> {
  private readonly values: Array<T | Error> = [];
  private readonly waiting: Array<(result: IteratorResult<T | Error>) => void> = [];
  private finished = false;
  private follower?: QueueFollower<T>;

  constructor(private readonly cleanup: () => void) {}

  get closed(): boolean {
    return this.finished;
  }

  push(value: T): void {
    if (this.finished) return;
    if (this.follower) {
      this.follower.next(value);
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter({ value, done: false });
    else this.values.push(value);
  }

  /** Ends the stream with an error for this subscriber. */
  fail(error: Error): void {
    if (this.finished) return;
    this.push(error as unknown as T);
    this.finish();
  }

  /**
   * From now on every value goes to `follower` in the turn it is pushed (what was queued first),
   * and `end` runs when the queue finishes. One promise turn less per value and reader, which is
   * what a thousand subscribers of one plan pay per event. Instead of `next()`, not beside it.
   */
  follow(follower: QueueFollower<T>): void {
    const finishedBefore = this.finished;
    this.follower = follower;
    for (const value of this.values.splice(0)) {
      // Ended during the hand-over (the follower stopped): finish() has called end() already.
      if (this.finished && !finishedBefore) return;
      follower.next(value);
    }
    if (finishedBefore) follower.end();
  }

  next(): Promise<IteratorResult<T | Error>> {
    if (this.values.length > 0) return Promise.resolve({ value: this.values.shift() as T | Error, done: false });
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T | Error>> {
    this.values.length = 0;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T | Error>> {
    this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T | Error> {
    return this;
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.cleanup();
    // Waiters only exist while the buffer is empty; after fail() the error was handed to one.
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    this.follower?.end();
  }
}

/** Subscription `resolve`: throws a delivered error so it reaches the client as this operation's error. */
export function valueOrThrow<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}
