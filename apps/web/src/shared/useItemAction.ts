import { useCallback, useState } from 'react';
import { errorMessage } from './errors';
import { useSignOffGuard } from './sign-off-guard';
import { useOfferUndo, type UndoOffer } from './undo';

/**
 * A button's action on a listed item (move, remove, …): busy while it runs, and the sentence
 * for its failure. `done` runs after a success, e.g. to announce it.
 */
export function useItemAction(describeError: (error: unknown) => string = errorMessage) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { confirm } = useSignOffGuard();
  const run = useCallback(async (action: () => Promise<unknown>, done?: () => void) => {
    // A content change in review first names the sign-offs it would void; backing out changes nothing.
    if (!(await confirm())) return;
    setBusy(true);
    setError(null);
    try {
      await action();
      done?.();
      return true;
    } catch (e) {
      setError(describeError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, [confirm, describeError]);
  return { busy, error, run };
}

export interface Removal extends UndoOffer {
  /** Removes the item through the API. */
  remove: () => Promise<unknown>;
}

/**
 * The removal of a plan item, as every part does it: `useItemAction`'s busy state and error, then
 * "Undo" for ten seconds, which re-adds the item (same fields, position and links) through the API.
 */
export function useRemoveAction(describeError?: (error: unknown) => string) {
  const action = useItemAction(describeError);
  const offerUndo = useOfferUndo();
  const { run } = action;
  const remove = useCallback(
    async ({ remove: removeItem, ...offer }: Removal, done?: () => void) => {
      const removed = await run(removeItem, done);
      if (removed) offerUndo(offer);
      return removed;
    },
    [offerUndo, run],
  );
  return { ...action, remove };
}
