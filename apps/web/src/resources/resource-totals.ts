export interface CountedResource {
  kind: string;
  quantity: number;
  agency: { id: string };
}

/** Sum of quantities per kind (kinds compared case-insensitively, first spelling kept), sorted by kind. */
export function totalsByKind(resources: readonly CountedResource[]): Array<{ kind: string; quantity: number }> {
  const totals = new Map<string, { kind: string; quantity: number }>();
  for (const resource of resources) {
    const key = resource.kind.trim().toLowerCase();
    const entry = totals.get(key) ?? { kind: resource.kind.trim(), quantity: 0 };
    entry.quantity += resource.quantity;
    totals.set(key, entry);
  }
  return [...totals.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

export function totalQuantity(resources: readonly CountedResource[]): number {
  return resources.reduce((sum, resource) => sum + resource.quantity, 0);
}
