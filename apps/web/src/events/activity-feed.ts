import type { PlanEventFieldsFragment } from '@jointops/web-data';
import type { AppliedEvent } from '../live/apply-plan-event';
import { liveNodeOf, type LiveEntity } from '../live/live-node';

export interface FeedEntry {
  event: PlanEventFieldsFragment;
  /** The entity before this event, when known (to name what changed). */
  previous: LiveEntity | null;
}

/**
 * History (oldest first, from `plan.events`) and live events applied since (newest first), as one
 * list newest first without duplicates. For history, the previous snapshot of an entity is the node
 * of its latest earlier event in the window; live events carry what the cache held before them.
 */
export function mergeFeed(history: readonly PlanEventFieldsFragment[], live: readonly AppliedEvent[]): FeedEntry[] {
  const bySeq = new Map<number, FeedEntry>();
  const lastNode = new Map<string, LiveEntity | null>();
  for (const event of [...history].sort((a, b) => a.seq - b.seq)) {
    const key = `${event.entityType}:${event.entityId}`;
    bySeq.set(event.seq, { event, previous: lastNode.get(key) ?? null });
    lastNode.set(key, liveNodeOf(event));
  }
  for (const applied of live) {
    const known = bySeq.get(applied.event.seq);
    bySeq.set(applied.event.seq, { event: applied.event, previous: applied.previous ?? known?.previous ?? null });
  }
  return [...bySeq.values()].sort((a, b) => b.event.seq - a.event.seq);
}
