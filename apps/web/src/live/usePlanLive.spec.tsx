import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook } from '@testing-library/react';
import { createCache, createConnectionStateStore, registerConnectionState } from '@jointops/web-data';
import type { ReactNode } from 'react';
import { lastAppliedSeq, resetLiveMemory } from './live-memory';
import { cachedPlan, objective, planEvent, readWholePlan, writeWholePlan } from './live-fixtures';
import { usePlanLive } from './usePlanLive';

function setup() {
  const subscriptions: Array<{ afterSeq: unknown; emit: (value: object) => void; fail: (error: unknown) => void; closed: () => boolean }> = [];
  const link = new ApolloLink((operation) => {
    if (operation.operationName === 'PlanLiveMeta') {
      return new Observable((o) => {
        o.next({ data: { plan: { ...cachedPlan(), lastSeq: 12 } } });
        o.complete();
      });
    }
    return new Observable((observer) => {
      let closed = false;
      subscriptions.push({
        afterSeq: operation.variables['afterSeq'],
        emit: (value) => observer.next(value),
        fail: (error) => observer.next({ errors: [error] } as never),
        closed: () => closed,
      });
      return () => void (closed = true);
    });
  });
  const client = new ApolloClient({ cache: createCache(), link });
  writeWholePlan(client.cache, cachedPlan());
  const connection = createConnectionStateStore({ status: 'connected', reconnects: 0 });
  registerConnectionState(client, connection);
  const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
  const hook = renderHook(() => usePlanLive('p1', 9), { wrapper });
  const objectives = () => readWholePlan(client.cache).objectives.map((o) => o.id);
  return { subscriptions, connection, hook, objectives };
}

const added = (seq: number, id: string, position: number) => ({ data: { planEvents: planEvent(seq, 'OBJECTIVE_ADDED', 'OBJECTIVE', id, objective(id, position)) } });

describe('usePlanLive', () => {
  beforeEach(() => resetLiveMemory());

  it('subscribes after the loaded lastSeq, applies events, and resubscribes after a reconnect from the last applied seq', async () => {
    const { subscriptions, connection, hook, objectives } = setup();
    expect(subscriptions.map((s) => s.afterSeq)).toEqual([9]);

    await act(async () => {
      subscriptions[0]!.emit(added(10, 'o3', 2));
      subscriptions[0]!.emit(added(10, 'o3', 2)); // duplicate
      subscriptions[0]!.emit(added(11, 'o4', 3));
    });
    expect(objectives()).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(lastAppliedSeq('p1')).toBe(11);

    await act(async () => {
      connection.handlers.closed({ code: 1006, reason: '' });
      connection.handlers.connected({}, undefined, true);
    });
    expect(hook.result.current.catchingUp).toBe(true);
    expect(subscriptions.map((s) => s.afterSeq)).toEqual([9, 11]);
    expect(subscriptions[0]!.closed()).toBe(true);

    // The server had 12 when we came back: caught up once 12 is applied.
    await act(async () => subscriptions[1]!.emit(added(12, 'o5', 4)));
    expect(hook.result.current.catchingUp).toBe(false);
    expect(objectives()).toEqual(['o1', 'o2', 'o3', 'o4', 'o5']);
  });

  it('stops and reports lost access when the stream ends with NOT_FOUND', async () => {
    const { subscriptions, hook } = setup();
    await act(async () => subscriptions[0]!.fail({ message: 'Plan not found.', extensions: { code: 'NOT_FOUND' } }));
    expect(hook.result.current.noAccess).toBe(true);
  });
});
