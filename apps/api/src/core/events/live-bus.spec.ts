import type { Logger } from 'pino';
import { LiveBus, LOCAL_DELIVERY_WAIT_MS } from './live-bus';
import type { LiveMessage, TransportMessage } from './live-message';
import type { LiveTransport } from './transports/live-transport';

/** A transport that only records what it is given and lets the test deliver as another instance. */
function recordingTransport() {
  const sent: TransportMessage[] = [];
  let receive: (message: TransportMessage) => void = () => undefined;
  const transport: LiveTransport = {
    name: 'recording',
    start: async (onMessage) => {
      receive = onMessage;
    },
    publish: async (message) => {
      sent.push(message);
    },
    stop: async () => undefined,
  };
  return { transport, sent, fromElsewhere: (message: LiveMessage) => receive({ ...message, origin: 'another-instance' }) };
}

describe('LiveBus.listen', () => {
  async function bus() {
    const recording = recordingTransport();
    const logger = { warn: jest.fn(), error: jest.fn() };
    const live = new LiveBus(recording.transport, logger as unknown as Logger);
    await live.onModuleInit();
    return { live, logger, ...recording };
  }

  it('hands a message only to the listeners of its kind and key, from this instance or another', async () => {
    const { live, fromElsewhere, sent } = await bus();
    const planA = jest.fn();
    const planB = jest.fn();
    const membersA = jest.fn();
    live.listen('plan-log', 'a', planA);
    live.listen('plan-log', 'b', planB);
    live.listen('plan-members', 'a', membersA);
    live.publish({ kind: 'plan-log', planId: 'a', seq: 1 });
    fromElsewhere({ kind: 'plan-log', planId: 'a', seq: 2 });
    expect(planA.mock.calls.map(([message]) => message.seq)).toEqual([1, 2]);
    expect(planB).not.toHaveBeenCalled();
    expect(membersA).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
  });

  it('keys sessions by session id and notifications by user id; of() still sees every message', async () => {
    const { live } = await bus();
    const revoked = jest.fn();
    const notified = jest.fn();
    const everything: LiveMessage[] = [];
    live.listen('session-revoked', 's1', revoked);
    live.listen('notification', 'u1', notified);
    live.of('session-revoked').subscribe((message) => everything.push(message));
    live.publish({ kind: 'session-revoked', sessionId: 's2' });
    live.publish({ kind: 'session-revoked', sessionId: 's1' });
    live.publish({ kind: 'notification', userId: 'u1', id: 'n1' });
    expect(revoked).toHaveBeenCalledTimes(1);
    expect(notified).toHaveBeenCalledTimes(1);
    expect(everything).toHaveLength(2);
  });

  it('stops at once when told, even from inside a delivery, and the others of the key still hear it', async () => {
    const { live } = await bus();
    const heard: string[] = [];
    const stopFirst = live.listen('plan-log', 'a', () => {
      heard.push('first');
      stopFirst();
      stopSecond();
    });
    const stopSecond = live.listen('plan-log', 'a', () => void heard.push('second'));
    live.listen('plan-log', 'a', () => void heard.push('third'));
    live.publish({ kind: 'plan-log', planId: 'a', seq: 1 });
    live.publish({ kind: 'plan-log', planId: 'a', seq: 2 });
    expect(heard).toEqual(['first', 'third', 'third']);
  });

  it('still hands the message to the other listeners when one throws, and logs it', async () => {
    const { live, logger } = await bus();
    const heard: string[] = [];
    live.listen('plan-members', 'a', () => {
      throw new Error('broken stream');
    });
    live.listen('plan-members', 'a', () => void heard.push('second'));
    expect(() => live.publish({ kind: 'plan-members', planId: 'a', agencyIds: [] })).not.toThrow();
    expect(heard).toEqual(['second']);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });
});

describe('LiveBus, a message sent by the commit', () => {
  it('over a transport that can (NOTIFY): hands the transaction its pg_notify, stamped with this instance, and after the commit only delivers here', async () => {
    const recording = recordingTransport();
    const transport: LiveTransport = { ...recording.transport, atCommit: (message) => ({ channel: 'jointops_live', payload: JSON.stringify(message) }) };
    const live = new LiveBus(transport, { warn: jest.fn(), error: jest.fn() } as unknown as Logger);
    await live.onModuleInit();
    const heard = jest.fn();
    live.listen('plan-log', 'a', heard);
    const notify = live.atCommit({ kind: 'plan-log', planId: 'a', seq: 3 });
    expect(notify?.channel).toBe('jointops_live');
    expect(JSON.parse(notify!.payload)).toEqual({ kind: 'plan-log', planId: 'a', seq: 3, origin: live.instanceId });
    void live.publishCommitted({ kind: 'plan-log', planId: 'a', seq: 3 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(recording.sent).toEqual([]);
  });

  it('over a transport that cannot (Redis): gives no pg_notify, and publishes after the commit', async () => {
    const recording = recordingTransport();
    const live = new LiveBus(recording.transport, { warn: jest.fn(), error: jest.fn() } as unknown as Logger);
    await live.onModuleInit();
    const heard = jest.fn();
    live.listen('plan-log', 'a', heard);
    expect(live.atCommit({ kind: 'plan-log', planId: 'a', seq: 3 })).toBeNull();
    void live.publishCommitted({ kind: 'plan-log', planId: 'a', seq: 3 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(recording.sent).toEqual([{ kind: 'plan-log', planId: 'a', seq: 3, origin: live.instanceId }]);
  });
});

describe('LiveBus.publishCommitted, what a change waits for before it answers', () => {
  afterEach(() => jest.useRealTimers());

  async function bus() {
    const recording = recordingTransport();
    const live = new LiveBus(recording.transport, { warn: jest.fn(), error: jest.fn() } as unknown as Logger);
    await live.onModuleInit();
    return { live, ...recording };
  }

  /** A handler's promise, and the function that settles it. */
  function pending() {
    let settle!: () => void;
    let fail!: (error: Error) => void;
    const promise = new Promise<void>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    return { promise, settle, fail };
  }

  it('resolves once every listener that returned a promise has settled it, and publishes at once', async () => {
    const { live, sent } = await bus();
    const first = pending();
    const second = pending();
    live.listen('plan-log', 'a', () => first.promise);
    live.listen('plan-log', 'a', () => second.promise);
    live.listen('plan-log', 'a', () => undefined);
    let done = false;
    const waited = live.publishCommitted({ kind: 'plan-log', planId: 'a', seq: 1 }).then(() => (done = true));
    expect(sent).toHaveLength(1);
    first.settle();
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    second.settle();
    await waited;
    expect(done).toBe(true);
  });

  it('resolves, never rejects, when a listener fails', async () => {
    const { live } = await bus();
    const failing = pending();
    live.listen('plan-log', 'a', () => failing.promise);
    const waited = live.publishCommitted({ kind: 'plan-log', planId: 'a', seq: 1 });
    failing.fail(new Error('read failed'));
    await expect(waited).resolves.toBeUndefined();
  });

  it('stops waiting after LOCAL_DELIVERY_WAIT_MS for a listener that does not settle', async () => {
    jest.useFakeTimers();
    const { live } = await bus();
    live.listen('plan-log', 'a', () => new Promise<void>(() => undefined));
    let done = false;
    void live.publishCommitted({ kind: 'plan-log', planId: 'a', seq: 1 }).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(LOCAL_DELIVERY_WAIT_MS - 1);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('resolves at once when nobody here listens to the plan', async () => {
    const { live } = await bus();
    live.listen('plan-log', 'b', () => new Promise<void>(() => undefined));
    await expect(live.publishCommitted({ kind: 'plan-log', planId: 'a', seq: 1 })).resolves.toBeUndefined();
  });
});
