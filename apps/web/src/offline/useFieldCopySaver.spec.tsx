import { deserialize, serialize } from 'node:v8';
import { screen, waitFor } from '@testing-library/react';
import { sessionAbsoluteEnd } from '@jointops/domain';
import { FieldCopyDocument } from '@jointops/web-data';
import { memoryStore, renderWithProviders } from '../test/render';
import { createOfflineStore } from './store/offline-store';
import type { FieldCopyPlan } from './store/types';
import { keptOnDevice, useFieldCopySaver } from './useFieldCopySaver';
import { OfflineCopiesKeeper } from './OfflineCopiesKeeper';
import { pause } from '../test/pause';

// fake-indexeddb copies records with structuredClone, which jest's jsdom lacks.
globalThis.structuredClone ??= (<T,>(value: T): T => deserialize(serialize(value))) as typeof structuredClone;
// idb checks its requests against the global IDB* classes: put fake-indexeddb's in place (after the line above).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('fake-indexeddb/auto');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { IDBFactory } = require('fake-indexeddb') as typeof import('fake-indexeddb');

const HOUR = 3_600_000;
const ME = 'u-renee';
const STARTED = new Date(Date.now() - HOUR).toISOString();
const SESSION_END = sessionAbsoluteEnd(STARTED);

function plan(overrides: Partial<FieldCopyPlan> = {}, assignee: string | null = ME): FieldCopyPlan {
  return {
    id: 'p1',
    title: 'Operation Dead Zone',
    status: 'ACTIVE',
    timeZone: 'America/New_York',
    startsAt: null,
    endsAt: null,
    completedAt: null,
    lastSeq: 12,
    objectives: [],
    roles: [{ __typename: 'RoleAssignment', id: 'r1', version: 1, title: 'Traffic Control', responsibilities: '', agency: { id: 'a1', shortName: 'WCSO', name: 'Wake County' }, assignee: assignee ? { id: assignee, displayName: 'Renee Jacobs' } : null, objectives: [], place: null }],
    timeline: [],
    comms: [],
    agreements: [],
    activityLog: [],
    debriefs: [],
    ...overrides,
  } as FieldCopyPlan;
}

function Saver({ target }: { target: { id: string; status: string; lastSeq: number } }) {
  useFieldCopySaver(target);
  return null;
}

async function setup(served: FieldCopyPlan, shown = { id: 'p1', status: served.status, lastSeq: 12 }) {
  const offline = createOfflineStore({ indexedDB: new IDBFactory(), channel: null, estimate: async () => ({ usage: 0, quota: 1e9 }) });
  await offline.identity.save({ userId: ME, displayName: 'Renee Jacobs', sessionEndsAt: SESSION_END });
  const query = jest.fn(() => ({ data: { plan: served } }));
  renderWithProviders(<Saver target={shown} />, {
    store: memoryStore({ startedAt: STARTED }),
    offlineStore: offline,
    mocks: [{ request: { query: FieldCopyDocument, variables: { id: 'p1' } }, result: query, maxUsageCount: 5 }],
  });
  return { offline, query };
}

describe('the offline copy of an open plan', () => {
  it('keeps an ACTIVE plan the user holds a role in, until the session absolute end', async () => {
    const someone = { id: 'u-other', displayName: 'Someone' };
    const { offline } = await setup(
      plan({
        roles: [...plan().roles, { ...plan().roles[0]!, id: 'r2', assignee: someone }],
        activityLog: [
          { __typename: 'ActivityEntry', id: 'e1', at: '2027-03-01T08:00:00Z', text: 'mine', author: { id: ME, displayName: 'Renee Jacobs' }, agency: { id: 'a1', shortName: 'WCSO', name: 'Wake County' } },
          { __typename: 'ActivityEntry', id: 'e2', at: '2027-03-01T08:01:00Z', text: 'theirs', author: someone, agency: { id: 'a1', shortName: 'WCSO', name: 'Wake County' } },
        ],
      } as unknown as Partial<FieldCopyPlan>),
    );
    await waitFor(async () => expect(await offline.copies.read(ME, 'p1')).not.toBeNull());
    const copy = (await offline.copies.read(ME, 'p1'))!;
    expect(copy.expiresAt).toBe(SESSION_END);
    expect(copy.plan.title).toBe('Operation Dead Zone');
    expect(Date.parse(copy.savedAt)).toBeGreaterThan(Date.now() - 60_000);
    // Of the roles, the log and the debriefs, only the officer's own are kept.
    expect(copy.plan.roles.map((role) => role.id)).toEqual(['r1']);
    expect(copy.plan.activityLog.map((entry) => entry.text)).toEqual(['mine']);
    // Read past that end, the copy is gone.
    expect(await offline.copies.read(ME, 'p1', SESSION_END + 1)).toBeNull();
  });

  it('keeps a plan completed 20 hours ago only until 24 hours after completion', async () => {
    const completedAt = new Date(Date.now() - 20 * HOUR).toISOString();
    const { offline } = await setup(plan({ status: 'COMPLETED', completedAt } as Partial<FieldCopyPlan>));
    await waitFor(async () => expect(await offline.copies.read(ME, 'p1')).not.toBeNull());
    expect((await offline.copies.read(ME, 'p1'))!.expiresAt).toBe(Date.parse(completedAt) + 24 * HOUR);
  });

  it('keeps nothing of a plan the user holds no role in, and drops a copy it held', async () => {
    const offline = createOfflineStore({ indexedDB: new IDBFactory(), channel: null, estimate: async () => ({ usage: 0, quota: 1e9 }) });
    const stale = { userId: ME, planId: 'p1', savedAt: new Date().toISOString(), expiresAt: SESSION_END, plan: plan() };
    await offline.copies.save(stale);
    await offline.identity.save({ userId: ME, displayName: 'Renee Jacobs', sessionEndsAt: SESSION_END });
    const query = jest.fn(() => ({ data: { plan: plan({}, 'u-someone-else') } }));
    renderWithProviders(<Saver target={{ id: 'p1', status: 'ACTIVE', lastSeq: 12 }} />, {
      store: memoryStore({ startedAt: STARTED }),
      offlineStore: offline,
      mocks: [{ request: { query: FieldCopyDocument, variables: { id: 'p1' } }, result: query }],
    });
    await waitFor(() => expect(query).toHaveBeenCalled());
    await waitFor(async () => expect(await offline.copies.read(ME, 'p1')).toBeNull());
  });

  it('asks nothing for a plan that is not ACTIVE or COMPLETED, or for a session this browser did not sign in', async () => {
    const draft = await setup(plan({ status: 'APPROVED' } as Partial<FieldCopyPlan>));
    const offline = createOfflineStore({ indexedDB: new IDBFactory(), channel: null, estimate: async () => ({ usage: 0, quota: 1e9 }) });
    const query = jest.fn(() => ({ data: { plan: plan() } }));
    renderWithProviders(<Saver target={{ id: 'p1', status: 'ACTIVE', lastSeq: 12 }} />, {
      store: memoryStore({}),
      offlineStore: offline,
      mocks: [{ request: { query: FieldCopyDocument, variables: { id: 'p1' } }, result: query }],
    });
    await pause(200);
    expect(draft.query).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
    expect(await offline.copies.list(ME)).toEqual([]);
  });

  it('keeps of the roles, the log and the debriefs only the officer own', () => {
    const other = { id: 'u-other', displayName: 'Someone' };
    const full = plan({
      roles: [...plan().roles, { ...plan().roles[0]!, id: 'r2', assignee: other }],
      activityLog: [{ id: 'e1', author: { id: ME } }, { id: 'e2', author: other }],
      debriefs: [{ id: 'd-mine', author: { id: ME } }, { id: 'd-theirs', author: other }],
    } as unknown as Partial<FieldCopyPlan>);
    const kept = keptOnDevice(full, ME);
    expect(kept.roles.map((role) => role.id)).toEqual(['r1']);
    expect(kept.activityLog.map((entry) => entry.id)).toEqual(['e1']);
    expect(kept.debriefs.map((debrief) => debrief.id)).toEqual(['d-mine']);
    expect(kept.objectives).toBe(full.objectives);
  });

  it('keeps a copy of every operation My work names, and says so', async () => {
    const offline = createOfflineStore({ indexedDB: new IDBFactory(), channel: null, estimate: async () => ({ usage: 0, quota: 1e9 }) });
    await offline.identity.save({ userId: ME, displayName: 'Renee Jacobs', sessionEndsAt: SESSION_END });
    const served = (id: string, title: string) => ({ request: { query: FieldCopyDocument, variables: { id } }, result: { data: { plan: plan({ id, title }) } } });
    renderWithProviders(
      <OfflineCopiesKeeper
        plans={[
          { id: 'p1', title: 'Operation One', status: 'ACTIVE', lastSeq: 3 },
          { id: 'p2', title: 'Operation Two', status: 'ACTIVE', lastSeq: 5 },
        ]}
      />,
      { store: memoryStore({ startedAt: STARTED }), offlineStore: offline, mocks: [served('p1', 'Operation One'), served('p2', 'Operation Two')] },
    );
    expect((await screen.findByTestId('offline-kept')).textContent).toBe('Your 2 operations are kept on this device for use without signal, until you sign out.');
    await waitFor(async () => expect((await offline.copies.list(ME)).map((copy) => copy.plan.title).sort()).toEqual(['Operation One', 'Operation Two']));
  });
});
