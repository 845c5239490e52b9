import { ConfirmDialog } from '@jointops/ui';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { SIGN_IN_PATH } from '../auth/session';
import { UnsavedChangesContext, warnBeforeUnload, type UnsavedChangesRegistry } from './useUnsavedChangesGuard';

/**
 * Guards the whole app against losing typed text: while any form registered through
 * `useUnsavedChangesGuard` holds unsaved edits, a navigation to another page or section asks
 * first (one blocker for the app: a router supports only one), and so does reloading or closing
 * the tab. Leaving for the sign-in page (the session ended) is never held up. Needs a data router.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(new Set());
  const set = useCallback((formId: string, dirty: boolean) => {
    setDirtyForms((current) => {
      if (current.has(formId) === dirty) return current;
      const next = new Set(current);
      if (dirty) next.add(formId);
      else next.delete(formId);
      return next;
    });
  }, []);
  const registry = useMemo<UnsavedChangesRegistry>(() => ({ set }), [set]);
  const dirty = dirtyForms.size > 0;

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname && nextLocation.pathname !== SIGN_IN_PATH,
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => window.removeEventListener('beforeunload', warnBeforeUnload);
  }, [dirty]);

  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      {blocker.state === 'blocked' ? (
        <ConfirmDialog heading="Leave without saving?" cancelLabel="Stay and keep my text" confirmLabel="Leave and discard" onCancel={() => blocker.reset()} onConfirm={() => blocker.proceed()}>
          <p className="margin-y-0">You have typed text that is not saved. If you leave this page now, it will be lost.</p>
        </ConfirmDialog>
      ) : null}
    </UnsavedChangesContext.Provider>
  );
}
