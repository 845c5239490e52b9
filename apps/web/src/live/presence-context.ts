import type { PresenceFieldsFragment } from '@jointops/web-data';
import { createContext, useContext } from 'react';

export interface PresenceContextValue {
  /** One entry per person in the plan now (yourself included), most specific focus kept. */
  people: readonly PresenceFieldsFragment[];
  meId: string | null;
  /** Tell the others you are editing `focus` (e.g. `objective:<id>`); call the returned function when done. */
  reportFocus: (focus: string) => () => void;
  /** What this user is doing now, as told to the others (an open form's item, or the section). */
  ownFocus?: string | null;
}

const PresenceContext = createContext<PresenceContextValue>({ people: [], meId: null, reportFocus: () => () => undefined });

export const PresenceProvider = PresenceContext.Provider;

export function usePresenceContext(): PresenceContextValue {
  return useContext(PresenceContext);
}

/** Keeps one entry per user (two tabs count once), preferring one that says what they are doing. */
export function onePerPerson(entries: readonly PresenceFieldsFragment[]): PresenceFieldsFragment[] {
  const byUser = new Map<string, PresenceFieldsFragment>();
  for (const entry of entries) {
    const seen = byUser.get(entry.user.id);
    if (!seen || (!seen.focus && entry.focus) || (seen.focus?.startsWith('section:') && entry.focus && !entry.focus.startsWith('section:'))) {
      byUser.set(entry.user.id, entry);
    }
  }
  return [...byUser.values()];
}
