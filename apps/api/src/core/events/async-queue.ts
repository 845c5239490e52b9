/**
 * A push-based async iterator for GraphQL subscriptions. `fail` delivers the error as the last
 * value (the subscription's resolve function throws it, so the client gets an error for this
 * operation only and the socket stays open); `return()` from graphql-ws runs the cleanup once.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T | Error> {
  private readonly values: Array<T | Error> = [];
  private readonly waiting: Array<(result: IteratorResult<T | Error>) => void> = [];
  private finished = false;

  constructor(private readonly cleanup: () => void) {}

  get closed(): boolean {
    return this.finished;
  }

  push(value: T): void {
    if (this.finished) return;
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
  }
}

/** Subscription `resolve`: throws a delivered error so it reaches the client as this operation's error. */
export function valueOrThrow<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}
