/**
 * A string enumeration as data, for the API's GraphQL enums, the database and the web's forms:
 * each value is its own name. `export const Phase = enumOf('PREPARATION', ...)` with
 * `export type Phase = EnumValue<typeof Phase>`.
 */
export function enumOf<const K extends string>(...names: readonly K[]): { readonly [P in K]: P } {
  return Object.fromEntries(names.map((name) => [name, name])) as { readonly [P in K]: P };
}

/** The union of an enumeration's values. */
export type EnumValue<E> = E[keyof E];
