import DataLoader from 'dataloader';

/**
 * A DataLoader for lookups that must always read the database (no cache), batched so that under
 * load one statement runs at a time: keys asked for while a batch is in flight wait and go
 * together in the next one. Idle, a lookup goes out in the same turn (with whatever else that
 * turn asked for); in a storm (a thousand sockets reconnecting after a restart) the batches grow
 * to whatever arrived meanwhile, so the storm costs a few statements instead of one per key.
 */
export function coalescingLoader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, maxBatchSize = 1000): DataLoader<K, V> {
  let running: Promise<unknown> | null = null;
  return new DataLoader<K, V>(
    (keys) => {
      const done = batch(keys);
      const settled = done.then(
        () => undefined,
        () => undefined,
      );
      running = settled;
      void settled.then(() => {
        if (running === settled) running = null;
      });
      return done;
    },
    {
      cache: false,
      maxBatchSize,
      batchScheduleFn: (dispatch) => {
        if (running) void running.then(() => setImmediate(dispatch));
        else process.nextTick(dispatch);
      },
    },
  );
}
