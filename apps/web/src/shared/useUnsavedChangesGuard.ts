import { createContext, useContext, useEffect, useId } from 'react';

/** Forms holding unsaved edits register here; `UnsavedChangesProvider` guards navigation while any does. */
export interface UnsavedChangesRegistry {
  set: (formId: string, dirty: boolean) => void;
}

export const UnsavedChangesContext = createContext<UnsavedChangesRegistry | null>(null);

/**
 * While `active` (a form holds edits not yet saved), leaving the page asks first: an in-app
 * navigation opens the app's confirm dialog (`UnsavedChangesProvider`, which needs the app's data
 * router), and reloading or closing the tab the browser's own prompt. Without the provider (a
 * component rendered alone) only the browser's prompt guards.
 */
export function useUnsavedChangesGuard(active: boolean): void {
  const registry = useContext(UnsavedChangesContext);
  const formId = useId();

  useEffect(() => {
    if (!registry) return;
    registry.set(formId, active);
    return () => registry.set(formId, false);
  }, [registry, formId, active]);

  useEffect(() => {
    if (registry || !active) return;
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => window.removeEventListener('beforeunload', warnBeforeUnload);
  }, [registry, active]);
}

export function warnBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}
