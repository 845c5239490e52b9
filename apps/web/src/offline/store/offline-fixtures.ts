/**
 * Test helpers of the offline store and sender (specs only): a store on a fresh fake IndexedDB, the
 * three kinds of write, a fake LockManager and a fake server behind a real ApolloClient that answers
 * client keys as the API does (the same key again returns the first write's entity).
 */
import { ApolloClient, ApolloLink } from '@apollo/client';
import { createCache } from '@jointops/web-data';
import { IDBFactory } from 'fake-indexeddb';
import { Observable } from 'rxjs';
import { createOfflineStore, type OfflineStoreOptions } from './offline-store';
import type { QueueLocks } from './sender';
import type { NewQueuedWrite } from './types';

export const T0 = Date.parse('2027-03-01T08:00:00Z');

export function testStore(options: OfflineStoreOptions = {}) {
  return createOfflineStore({ indexedDB: new IDBFactory(), channel: null, now: () => T0, estimate: async () => ({ usage: 0, quota: 1e9 }), ...options });
}

export const logEntry = (userId: string, planId: string, text: string, at = '2027-03-01T08:05:00.000Z'): NewQueuedWrite => ({
  kind: 'logActivity',
  userId,
  planId,
  summary: `Log entry: ${text}`,
  variables: { planId, text, at },
});

export const actuals = (userId: string, planId: string, id: string, expectedVersion: number): NewQueuedWrite => ({
  kind: 'recordTimelineActuals',
  userId,
  planId,
  summary: 'Actual times: Briefing',
  variables: { id, expectedVersion, actualStartsAt: '2027-03-01T08:10:00.000Z', actualEndsAt: null },
});

export const debrief = (userId: string, planId: string, narrative: string, expectedVersion?: number): NewQueuedWrite => ({
  kind: 'saveDebrief',
  userId,
  planId,
  summary: 'Debrief draft',
  variables: { planId, input: { narrative }, expectedVersion },
});

/** navigator.locks' `ifAvailable` semantics: a held name gives the callback null at once. */
export function fakeLocks(): QueueLocks & { held: Set<string> } {
  const held = new Set<string>();
  return {
    held,
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

/** How the fake server answers one request: a result, no connection, or a GraphQL error. */
export type Answer = 'ok' | 'network' | { code: string; message: string; extensions?: Record<string, unknown> };

const user = { __typename: 'User', id: 'u-1', displayName: 'Officer One' };
const agency = { __typename: 'Agency', id: 'a-1', shortName: 'CBP', name: 'Customs and Border Protection' };

function entityFor(name: string, variables: Record<string, unknown>, serial: number): Record<string, unknown> {
  if (name === 'LogActivity') return { logActivity: { __typename: 'ActivityEntry', id: `entry-${serial}`, at: variables['at'], text: variables['text'], author: user, agency } };
  if (name === 'RecordTimelineActuals') {
    return {
      recordTimelineActuals: {
        ...{ __typename: 'TimelineEvent', id: variables['id'], version: Number(variables['expectedVersion']) + 1, title: 'Briefing', phase: 'BRIEFING' },
        ...{ startsAt: '2027-03-01T08:00:00Z', endsAt: '2027-03-01T09:00:00Z', notes: '', agency: null, dependsOnIds: [] },
        ...{ actualStartsAt: variables['actualStartsAt'] ?? null, actualEndsAt: variables['actualEndsAt'] ?? null, place: null },
      },
    };
  }
  const input = variables['input'] as { narrative?: string };
  const version = variables['expectedVersion'] == null ? 1 : Number(variables['expectedVersion']) + 1;
  return {
    saveDebrief: {
      ...{ __typename: 'Debrief', id: `debrief-${variables['planId']}`, version, status: 'DRAFT', submittedAt: null, author: user, agency },
      ...{ outcomes: [], incidents: [], strengths: [], improvements: [], narrative: input.narrative ?? '', lastStep: 0 },
    },
  };
}

/**
 * A fake API behind a real ApolloClient. `answers` are taken one per request (then 'ok'); `sent`
 * records each request's operation and variables; `made` counts the entities it made: a client key
 * it has seen returns the first answer and makes nothing.
 */
export function fakeServer() {
  const sent: Array<{ name: string; variables: Record<string, unknown> }> = [];
  const answers: Answer[] = [];
  const byKey = new Map<string, Record<string, unknown>>();
  const made: string[] = [];
  const link = new ApolloLink((operation) => {
    const name = operation.operationName ?? '';
    const variables = operation.variables;
    sent.push({ name, variables });
    const answer = answers.shift() ?? 'ok';
    return new Observable((observer) => {
      setTimeout(() => {
        if (answer === 'network') return observer.error(new TypeError('Failed to fetch'));
        if (answer !== 'ok') {
          observer.next({ errors: [{ message: answer.message, extensions: { code: answer.code, ...answer.extensions } }] });
          return observer.complete();
        }
        const key = String(variables['clientKey']);
        let data = byKey.get(key);
        if (!data) {
          made.push(key);
          data = entityFor(name, variables, made.length);
          byKey.set(key, data);
        }
        observer.next({ data });
        observer.complete();
      }, 0);
    });
  });
  const client = () => new ApolloClient({ cache: createCache(), link });
  return { client, sent, answers, made };
}
