import { isPushSource, type PushSource } from '../events/async-queue';
import { settled, type Later } from './shared-delivery';

/**
 * What graphql-ws iterates for a shared subscription: it yields nothing. It maps each source event
 * to its payload and hands it to `send` (which writes the frame itself, so the payload is not
 * serialized again per socket) until the source ends, `send` refuses, or graphql-ws calls
 * `return()` (the client completed or the socket closed). Then graphql-ws sends `complete` as usual.
 *
 * A push source (`AsyncQueue.follow`) hands its events over in the turn they are pushed, and each
 * goes out in that same turn whenever its payload is made and the session known live: a plan's
 * event reaches its thousand subscribers in one synchronous pass, not a chain of promise turns
 * each. Otherwise events wait in order behind the one in progress.
 */
export class SharedStream implements AsyncIterableIterator<never> {
  private running?: Promise<IteratorResult<never>>;
  private stopped = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly payloadOf: (event: unknown) => string | Later<string>,
    private readonly send: (payload: string) => boolean | Promise<boolean>,
  ) {}

  next(): Promise<IteratorResult<never>> {
    this.running ??= isPushSource(this.source) ? this.follow(this.source) : this.pump();
    return this.running;
  }

  async return(): Promise<IteratorResult<never>> {
    this.stopped = true;
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<never>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<never> {
    return this;
  }

  private follow(source: PushSource<unknown>): Promise<IteratorResult<never>> {
    return new Promise((resolve, reject) => {
      const backlog: unknown[] = [];
      /** An event waits for its payload or its session check: later ones queue behind it. */
      let waiting = false;
      let ended = false;
      let finished = false;
      /** Ends the stream: with `failure`, graphql-ws reports it to the client as this operation's error. */
      const finish = (failure?: { error: unknown }) => {
        if (finished) return;
        finished = true;
        this.stopped = true;
        backlog.length = 0;
        Promise.resolve()
          .then(() => this.source.return?.())
          .then(() => (failure ? reject(failure.error) : resolve({ value: undefined, done: true })), reject);
      };
      const fail = (error: unknown) => finish({ error });
      const drain = () => {
        while (!finished && !waiting) {
          if (backlog.length === 0) {
            if (ended) finish();
            return;
          }
          step(backlog.shift());
        }
      };
      const resumeWith = <T>(pending: Later<T>, then: (value: T) => void) => {
        waiting = true;
        pending.then((value) => {
          waiting = false;
          try {
            then(value);
            drain();
          } catch (error) {
            fail(error);
          }
        }, fail);
      };
      const deliver = (payload: string) => {
        if (this.stopped) return finish();
        const sent = this.send(payload);
        if (typeof sent !== 'boolean') resumeWith(sent, (ok) => {
          if (!ok) finish();
        });
        else if (!sent) finish();
      };
      const step = (event: unknown) => {
        try {
          const payload = this.payloadOf(event);
          if (typeof payload === 'string') deliver(payload);
          else resumeWith(payload, deliver);
        } catch (error) {
          fail(error);
        }
      };
      source.follow({
        next: (event) => {
          if (finished) return;
          if (waiting || backlog.length > 0) backlog.push(event);
          else step(event);
        },
        end: () => {
          ended = true;
          drain();
        },
      });
    });
  }

  private async pump(): Promise<IteratorResult<never>> {
    try {
      for (;;) {
        const step = await this.source.next();
        if (step.done) break;
        // Synchronous whenever the payload is made and the session known live: one turn per event, not five.
        let payload = this.payloadOf(step.value);
        if (typeof payload !== 'string') payload = await settled(payload);
        if (this.stopped) break;
        let sent = this.send(payload);
        if (typeof sent !== 'boolean') sent = await sent;
        if (!sent) break;
      }
    } finally {
      await this.source.return?.();
    }
    return { value: undefined, done: true };
  }
}
