/** What a relation of the server's current event says: an id, none (null), or nothing carried (undefined). */
type Relation = string | null | undefined;

/** The relations of the server's current event. */
export interface CurrentRelations {
  agencyId: Relation;
  placeId: Relation;
  /** Undefined when not carried, or not all ids. */
  dependsOnIds: string[] | undefined;
}

function relation(current: Record<string, unknown>, object: 'agency' | 'place', idKey: 'agencyId' | 'placeId'): Relation {
  const value = current[object] as { id?: unknown } | null | undefined;
  if (value === null || current[idKey] === null) return null;
  const id = value && typeof value.id === 'string' ? value.id : current[idKey];
  return typeof id === 'string' ? id : undefined;
}

/**
 * The agency, place and dependencies of the server's current event (a CONFLICT's
 * `extensions.current`), whichever shape it carries them in: the entity's ids (`agencyId`,
 * `placeId`, `dependsOnIds`) or GraphQL's objects (`agency { id }`, `dependsOn { id }`). Read the
 * same way by the conflict notice (event-conflict.ts) and by "keep theirs" (useTimelineMutations).
 */
export function currentRelations(current: Record<string, unknown>): CurrentRelations {
  const ids = Array.isArray(current['dependsOnIds'])
    ? (current['dependsOnIds'] as unknown[])
    : Array.isArray(current['dependsOn'])
      ? (current['dependsOn'] as Array<{ id?: unknown }>).map((dependency) => dependency.id)
      : undefined;
  return {
    agencyId: relation(current, 'agency', 'agencyId'),
    placeId: relation(current, 'place', 'placeId'),
    dependsOnIds: ids?.every((id): id is string => typeof id === 'string') ? ids : undefined,
  };
}
