import { useEffect, useRef, useState } from 'react';
import { webPartOf } from '../plans/plan-parts';
import type { AppliedEvent } from './apply-plan-event';
import { appliedEntries, subscribeApplied } from './live-memory';

/**
 * The sentence for an item someone else removed while this user had it open in a form (`focus`,
 * the presence focus its form reports, e.g. `comms:<id>`), or null for any other event. The form
 * goes with the item; this says why, and that what was typed in it was not saved.
 */
export function removedWhileEditing(applied: AppliedEvent, focus: string | null, meId: string | null): string | null {
  const { event, previous } = applied;
  if (!focus || !event.entityId || !event.type.endsWith('_REMOVED')) return null;
  const part = webPartOf(event.entityType);
  if (!part || focus !== `${part.focus.kind}:${event.entityId}`) return null;
  if (meId && event.actor?.id === meId) return null;
  const what = previous ? part.subject(previous) : part.part.labels.anItem;
  return `${event.actor?.displayName ?? 'Someone'} removed ${what} while you were editing it. What you typed in its form was not saved.`;
}

/**
 * Watches the plan's applied events for the removal of what this user is editing (`focus`). The
 * focus is read when the event is applied, before the section re-renders without the item.
 */
export function useRemovedWhileEditing(planId: string, focus: string | null, meId: string | null): { message: string | null; dismiss: () => void } {
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const [message, setMessage] = useState<string | null>(null);
  useEffect(
    () =>
      subscribeApplied(planId, () => {
        const [latest] = appliedEntries(planId);
        const sentence = latest ? removedWhileEditing(latest, focusRef.current, meId) : null;
        if (sentence) setMessage(sentence);
      }),
    [planId, meId],
  );
  return { message, dismiss: () => setMessage(null) };
}
