export interface CountedResource {
  kind: string;
  quantity: number;
  agency: { id: string };
}

/** One kind's total, and each agency's share of it (agency id → quantity; absent: none). */
export interface KindTotal {
  kind: string;
  quantity: number;
  byAgency: ReadonlyMap<string, number>;
}

/**
 * Sum of quantities per kind (kinds compared case-insensitively, first spelling kept), with each
 * agency's part, sorted by kind. Kinds are never added together: 6 vehicles and 12 officers are
 * not 18 of anything.
 */
export function totalsByKind(resources: readonly CountedResource[]): KindTotal[] {
  const totals = new Map<string, { kind: string; quantity: number; byAgency: Map<string, number> }>();
  for (const resource of resources) {
    const key = resource.kind.trim().toLowerCase();
    const entry = totals.get(key) ?? { kind: resource.kind.trim(), quantity: 0, byAgency: new Map<string, number>() };
    entry.quantity += resource.quantity;
    entry.byAgency.set(resource.agency.id, (entry.byAgency.get(resource.agency.id) ?? 0) + resource.quantity);
    totals.set(key, entry);
  }
  return [...totals.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}
