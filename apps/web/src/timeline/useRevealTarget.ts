import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Which event a windowed timeline list must scroll to and render: the one a link names
 * (`#timeline-<id>`, e.g. from a readiness blocker) or `focusId` (just added or edited, about to be
 * focused). A new object each time, so the same event can be asked for again.
 */
export function useRevealTarget(events: readonly { id: string }[], focusId: string | null): { index: number } | null {
  const { hash } = useLocation();
  const target = focusId ?? (hash.startsWith('#timeline-') ? decodeURIComponent(hash.slice('#timeline-'.length)) : null);
  const latest = useRef(events);
  latest.current = events;
  const [reveal, setReveal] = useState<{ index: number } | null>(null);
  useEffect(() => {
    const index = target ? latest.current.findIndex((event) => event.id === target) : -1;
    setReveal(index >= 0 ? { index } : null);
  }, [target]);
  return reveal;
}
