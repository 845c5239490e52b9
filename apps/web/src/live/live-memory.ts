import type { AppliedEvent } from './apply-plan-event';

/** What this tab applied of each plan's log. Lives as long as the page: re-renders, remounts and reconnects keep it. */
interface PlanMemory {
  lastSeq: number;
  /** Applied events, newest first (at most MAX_ENTRIES). */
  entries: readonly AppliedEvent[];
  listeners: Set<() => void>;
}

const MAX_ENTRIES = 200;
const memory = new Map<string, PlanMemory>();

function memoryOf(planId: string): PlanMemory {
  let entry = memory.get(planId);
  if (!entry) {
    entry = { lastSeq: -1, entries: [], listeners: new Set() };
    memory.set(planId, entry);
  }
  return entry;
}

/** The last seq applied to the cache for this plan, or -1 when none yet. */
export function lastAppliedSeq(planId: string): number {
  return memory.get(planId)?.lastSeq ?? -1;
}

/**
 * Where to resume: what this tab already applied (the cache holds exactly that), or, the first
 * time, the lastSeq the plan was loaded at.
 */
export function startingSeq(planId: string, loadedLastSeq: number): number {
  const entry = memoryOf(planId);
  if (entry.lastSeq < 0) entry.lastSeq = loadedLastSeq;
  return entry.lastSeq;
}

export function recordApplied(planId: string, applied: AppliedEvent): void {
  const entry = memoryOf(planId);
  entry.lastSeq = Math.max(entry.lastSeq, applied.event.seq);
  entry.entries = [applied, ...entry.entries].slice(0, MAX_ENTRIES);
  for (const listener of [...entry.listeners]) listener();
}

/** One empty list, so useSyncExternalStore sees the same snapshot until something is applied. */
const NONE: readonly AppliedEvent[] = Object.freeze([]);

export function appliedEntries(planId: string): readonly AppliedEvent[] {
  return memory.get(planId)?.entries ?? NONE;
}

export function subscribeApplied(planId: string, listener: () => void): () => void {
  const entry = memoryOf(planId);
  entry.listeners.add(listener);
  return () => void entry.listeners.delete(listener);
}

/** Who made the latest change this tab applied to entity `entityId` (of any plan), if it applied one. */
export function latestActorOf(entityId: string): string | null {
  for (const entry of memory.values()) {
    const found = entry.entries.find((applied) => applied.event.entityId === entityId);
    if (found) return found.event.actor?.displayName ?? null;
  }
  return null;
}

/** Tests only. */
export function resetLiveMemory(): void {
  memory.clear();
}
