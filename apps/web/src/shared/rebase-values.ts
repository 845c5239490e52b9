/**
 * An open form's values moved onto a version someone else saved meanwhile: each field this user
 * changed since `base` (the values the form started from) keeps what they typed; every other field
 * takes `theirs`, so a save never writes back an old value over a field the user did not touch.
 * `kept` names the fields whose typed value stays.
 */
export function rebaseValues<V extends object>(base: Partial<V> | undefined, mine: V, theirs: V): { values: V; kept: Array<keyof V & string> } {
  const values = { ...theirs };
  const kept: Array<keyof V & string> = [];
  for (const key of Object.keys(mine) as Array<keyof V & string>) {
    if (sameValue(mine[key], base?.[key])) continue;
    values[key] = mine[key];
    kept.push(key);
  }
  return { values, kept };
}

/** Form values are JSON-like (text, numbers, booleans, lists of ids): equal when they serialize alike. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
