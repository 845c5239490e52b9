import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createCache, createConnectionStateStore, registerConnectionState } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { NCSHP, objective, planEvent } from '../live/live-fixtures';
import { useEventLog } from './useEventLog';

const logEvent = (seq: number, type = 'OBJECTIVE_UPDATED', node: { __typename: string } | null = objective('o1', 0)) => ({ ...planEvent(seq, type, node?.__typename === 'Plan' ? 'PLAN' : 'OBJECTIVE', 'o1', node), hash: `h${seq}`, prevHash: `h${seq - 1}` });
const PLAN = { __typename: 'Plan', id: 'p1', title: 'Safe Passage', status: 'DRAFT', timeZone: 'America/New_York', lastSeq: 3, leadAgency: NCSHP };

function setup() {
  const subscriptions: Array<{ afterSeq: unknown; emit: (value: object) => void; closed: () => boolean }> = [];
  const reads: unknown[] = [];
  const link = new ApolloLink((operation) => {
    if (operation.operationName === 'PlanEventLog') {
      reads.push(operation.variables['afterSeq']);
      return new Observable((o) => {
        o.next({ data: { plan: { ...PLAN, events: [1, 2, 3].map((seq) => logEvent(seq)) } } });
        o.complete();
      });
    }
    expect(operation.operationName).toBe('PlanEventLogLive');
    return new Observable((observer) => {
      let closed = false;
      subscriptions.push({ afterSeq: operation.variables['afterSeq'], emit: (value) => observer.next(value), closed: () => closed });
      return () => void (closed = true);
    });
  });
  const client = new ApolloClient({ cache: createCache(), link });
  const connection = createConnectionStateStore({ status: 'connected', reconnects: 0 });
  registerConnectionState(client, connection);
  const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
  const hook = renderHook(() => useEventLog('p1'), { wrapper });
  return { subscriptions, reads, connection, hook };
}

const live = (event: object) => ({ data: { planEvents: event } });

describe('useEventLog, live', () => {
  it('follows the plan from the last event read once the log is read, appending new events once each and in order', async () => {
    const { subscriptions, reads, connection, hook } = setup();
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    expect(reads).toEqual([0]);
    expect(subscriptions.map((s) => s.afterSeq)).toEqual([3]);

    await act(async () => {
      subscriptions[0]!.emit(live(logEvent(4)));
      subscriptions[0]!.emit(live(logEvent(4))); // a repeat
      subscriptions[0]!.emit(live(logEvent(3))); // already read
      subscriptions[0]!.emit(live(logEvent(5)));
    });
    expect(hook.result.current.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(hook.result.current.events[4]!.hash).toBe('h5');
    expect(hook.result.current.plan?.lastSeq).toBe(5);

    // After a reconnect, it asks again from the last event it holds, not from where it started.
    await act(async () => {
      connection.handlers.closed({ code: 1006, reason: '' });
      connection.handlers.connected({}, undefined, true);
    });
    expect(subscriptions[0]!.closed()).toBe(true);
    expect(subscriptions.map((s) => s.afterSeq)).toEqual([3, 5]);
    await act(async () => {
      subscriptions[1]!.emit(live(logEvent(5)));
      subscriptions[1]!.emit(live(logEvent(6)));
    });
    expect(hook.result.current.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("shows a change of the plan itself in the page's header", async () => {
    const { subscriptions, hook } = setup();
    await waitFor(() => expect(subscriptions).toHaveLength(1));
    const submitted = { __typename: 'Plan', id: 'p1', title: 'Safe Passage II', summary: '', status: 'IN_REVIEW', version: 2, revision: 5, startsAt: null, endsAt: null, timeZone: 'America/Chicago', agencies: [] };
    await act(async () => subscriptions[0]!.emit(live(logEvent(4, 'PLAN_SUBMITTED', submitted))));
    expect(hook.result.current.plan).toMatchObject({ title: 'Safe Passage II', status: 'IN_REVIEW', timeZone: 'America/Chicago', lastSeq: 4 });
  });

  it('stops and reports the plan missing when the stream ends with NOT_FOUND', async () => {
    const { subscriptions, hook } = setup();
    await waitFor(() => expect(subscriptions).toHaveLength(1));
    await act(async () => subscriptions[0]!.emit({ errors: [new GraphQLError('Plan not found', { extensions: { code: 'NOT_FOUND' } })] }));
    expect(hook.result.current.missing).toBe(true);
    expect(subscriptions[0]!.closed()).toBe(true);
    expect(subscriptions).toHaveLength(1);
  });
});
