import { useEffect, useState } from 'react';
import { useOffline } from './OfflineProvider';
import type { QueuedWrite } from './store/types';

/** The queued writes of the user this device knows (of one plan when given), oldest first, kept current across tabs. */
export function useOfflineQueue(planId?: string, userId?: string | null): readonly QueuedWrite[] {
  return useOfflineQueueState(planId, userId) ?? NONE;
}

const NONE: readonly QueuedWrite[] = [];

/** Like useOfflineQueue, but null until the queue has been read once. */
export function useOfflineQueueState(planId?: string, userId?: string | null): readonly QueuedWrite[] | null {
  const { store, identity } = useOffline();
  const owner = userId ?? identity?.userId ?? null;
  const [writes, setWrites] = useState<readonly QueuedWrite[] | null>(null);
  useEffect(() => {
    if (!owner) {
      setWrites(NONE);
      return;
    }
    let alive = true;
    const load = () =>
      void store.queue.list(owner, planId).then(
        (list) => alive && setWrites(list),
        () => alive && setWrites(NONE), // no IndexedDB here: no queue to show
      );
    load();
    const unsubscribe = store.queue.subscribe(load);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [store, owner, planId]);
  return writes;
}
