import { useEffect, useState } from 'react';
import { useOffline } from './OfflineProvider';
import type { QueuedWrite } from './store/types';

/** The queued writes of the user this device knows (of one plan when given), oldest first, kept current across tabs. */
export function useOfflineQueue(planId?: string, userId?: string | null): readonly QueuedWrite[] {
  const { store, identity } = useOffline();
  const owner = userId ?? identity?.userId ?? null;
  const [writes, setWrites] = useState<readonly QueuedWrite[]>([]);
  useEffect(() => {
    if (!owner) {
      setWrites([]);
      return;
    }
    let alive = true;
    const load = () =>
      void store.queue.list(owner, planId).then(
        (list) => alive && setWrites(list),
        () => undefined, // no IndexedDB here: no queue to show
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
