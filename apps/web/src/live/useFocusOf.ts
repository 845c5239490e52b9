import { useMemo } from 'react';
import { usePresenceContext } from './presence-context';

/** Names of the other people whose focus is `entityKey` (e.g. `objective:<id>`), for an EditingBadge. */
export function useFocusOf(entityKey: string): string[] {
  const { people, meId } = usePresenceContext();
  return useMemo(() => people.filter((p) => p.user.id !== meId && p.focus === entityKey).map((p) => p.user.displayName), [people, meId, entityKey]);
}
