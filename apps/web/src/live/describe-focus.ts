import type { ApolloCache } from '@apollo/client';
import type { PlanPartKey } from '@jointops/domain';
import { WEB_PLAN_PARTS } from '../plans/plan-parts';
import { SECTION_LABELS, type WorkspaceSection } from '../plans/workspace-sections';

/** A plan part's items as the cache holds them now (those a section has loaded in full). */
export type ItemsOf = (key: PlanPartKey) => readonly { id: string }[];

/**
 * A presence focus in words, e.g. `objective:<id>` -> `editing Objective 2 "Secure the perimeter"`.
 * An item whose section this browser has not loaded is named by its kind ("editing a role").
 */
export function describeFocus(focus: string | null | undefined, itemsOf: ItemsOf): string | null {
  if (!focus) return null;
  const [kind, id = ''] = focus.split(':', 2) as [string, string?];
  if (kind === 'section') return `viewing ${SECTION_LABELS[id as WorkspaceSection] ?? id}`;
  const part = WEB_PLAN_PARTS.find((spec) => spec.focus.kind === kind);
  return part ? (part.focus.describe as (items: readonly { id: string }[], id: string) => string)(itemsOf(part.part.key), id) : null;
}

/**
 * `ItemsOf` over the normalized cache: each id the workspace lists for the part, read with the
 * part's fragment, leaving out items not cached in full.
 */
export function cachedItemsOf(cache: ApolloCache, plan: { [K in PlanPartKey]: readonly { id: string }[] }): ItemsOf {
  return (key) => {
    const spec = WEB_PLAN_PARTS.find((part) => part.part.key === key);
    if (!spec) return [];
    return plan[key].flatMap((item) => {
      try {
        const full = cache.readFragment({ id: cache.identify({ __typename: spec.part.typename, id: item.id }), fragment: spec.fragment, fragmentName: spec.fragmentName });
        return full ? [full as { id: string }] : [];
      } catch {
        return [];
      }
    });
  };
}
