import { useCallback, useState } from 'react';
import { errorMessage } from './errors';
import { useSignOffGuard } from './sign-off-guard';

/**
 * A button's action on a listed item (move, remove, …): busy while it runs, and the sentence
 * for its failure. `done` runs after a success, e.g. to announce it.
 */
export function useItemAction() {
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
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, [confirm]);
  return { busy, error, run };
}
