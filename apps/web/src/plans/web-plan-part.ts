import type { PlanPart } from '@jointops/domain';
import type { DocumentNode } from 'graphql';

/**
 * What the web knows of one plan part beyond its `libs/domain` descriptor: how its items are cached,
 * compared and named. Each part declares one in its own folder (`<part>/<part>-part.ts`);
 * `plans/plan-parts.ts` lists them, and the live cache updates, the activity feed, the plan diff,
 * presence and navigation iterate that list.
 */
export interface WebPlanPart<P extends PlanPart = PlanPart, T extends { id: string } = any> {
  part: P;
  /** The fragment the part's section reads, written into the cache from live events. */
  fragment: DocumentNode;
  fragmentName: string;
  /** Field the list is ordered by, as the section shows it. */
  sortBy?: 'position' | 'startsAt';
  /** Fields worth naming when an item changed, in the words the section uses. */
  fieldLabels: Readonly<Record<string, string>>;
  /** Fields whose values are codes, with the words the section shows for them ("High", not "HIGH"). */
  valueLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * How the activity feed names an item in a sentence, e.g. `the channel "Tac 1"`; quoted text is
   * cut to `max` characters (`quoted`'s default when undefined; Infinity keeps it whole).
   */
  subject(item: T, max?: number): string;
  /** How "what changed" names an item (and the ids that point at it). */
  diffName(item: T): string;
  /** Presence: the focus kind (`comms:<id>`) and the words for someone editing item `id` of the list. */
  focus: { kind: string; describe(items: readonly T[], id: string): string };
}

/** Declares a part's web side, keeping its item type for the live entity union. */
export function webPlanPart<P extends PlanPart, T extends { id: string }>(spec: WebPlanPart<P, T>): WebPlanPart<P, T> {
  return spec;
}

/** `"text"`, cut to `max` characters (Infinity: whole). */
export const quoted = (text: string, max = 80) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
