import { useState } from 'react';

/**
 * The entity as it was when the user opened the form. Live updates rewrite the cached entity
 * under an open form; saving must still name the version the user started from, so another
 * person's save in between answers CONFLICT instead of being silently overwritten.
 */
export function useSnapshot<T>(value: T): T {
  const [snapshot] = useState(value);
  return snapshot;
}
