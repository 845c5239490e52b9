import { OperationTypeNode } from 'graphql';
import { usesWebSocket, WS_TRANSPORT } from './apollo-client';
import { connectionStateOf, createConnectionStateStore, registerConnectionState } from './connection-state';

describe('connection state store', () => {
  it('follows graphql-ws events: first connect, loss, retries, back', () => {
    const store = createConnectionStateStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(`${store.get().status}/${store.get().reconnects}`));

    store.handlers.connecting(false);
    store.handlers.connected({}, undefined, false);
    store.handlers.closed({ code: 1006, reason: '' });
    store.handlers.connecting(true);
    store.handlers.closed({ code: 1006, reason: '' });
    store.handlers.connecting(true);
    store.handlers.connected({}, undefined, true);

    expect(seen).toEqual(['connecting/0', 'connected/0', 'lost/0', 'connected/1']);
  });

  it('treats a normal (lazy) close and a refused session as idle, not lost', () => {
    const store = createConnectionStateStore();
    store.handlers.connected({}, undefined, false);
    store.handlers.closed({ code: 1000, reason: 'Normal Closure' });
    expect(store.get().status).toBe('idle');
    store.handlers.connecting(false);
    store.handlers.closed({ code: 4403, reason: 'Forbidden' });
    expect(store.get()).toEqual({ status: 'idle', reconnects: 0 });
  });

  it('counts a connection after a failed first attempt as a reconnect', () => {
    const store = createConnectionStateStore();
    store.handlers.connecting(false);
    store.handlers.closed(new Error('refused'));
    expect(store.get().status).toBe('lost');
    store.handlers.connected({}, undefined, true);
    expect(store.get()).toEqual({ status: 'connected', reconnects: 1 });
  });

  it('tells onReconnect listeners once per socket that came back, not of the first connection or of losses', () => {
    const store = createConnectionStateStore();
    const calls: number[] = [];
    const stop = store.onReconnect(() => calls.push(store.get().reconnects));
    store.handlers.connecting(false);
    store.handlers.connected({}, {}, false);
    store.handlers.closed({ code: 1006 });
    expect(calls).toEqual([]);
    store.handlers.connecting(true);
    store.handlers.connected({}, {}, true);
    expect(calls).toEqual([1]);
    stop();
    store.handlers.closed({ code: 1006 });
    store.handlers.connected({}, {}, true);
    expect(calls).toEqual([1]);
  });

  it('is found per client; clients without one read idle', () => {
    const client = {};
    const store = createConnectionStateStore({ status: 'connected', reconnects: 2 });
    registerConnectionState(client, store);
    expect(connectionStateOf(client)).toBe(store);
    expect(connectionStateOf({}).get().status).toBe('idle');
  });
});

describe('usesWebSocket', () => {
  const operation = (operationType: OperationTypeNode, context: Record<string, unknown> = {}) => ({ operationType, getContext: () => context });
  it('routes subscriptions and operations flagged with WS_TRANSPORT over the socket', () => {
    expect(usesWebSocket(operation(OperationTypeNode.SUBSCRIPTION))).toBe(true);
    expect(usesWebSocket(operation(OperationTypeNode.MUTATION, { ...WS_TRANSPORT }))).toBe(true);
    expect(usesWebSocket(operation(OperationTypeNode.MUTATION))).toBe(false);
    expect(usesWebSocket(operation(OperationTypeNode.QUERY, { transport: 'http' }))).toBe(false);
  });
});
