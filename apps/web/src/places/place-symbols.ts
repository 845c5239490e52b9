import { PLACE_KIND_LABELS, PLACE_KINDS, type PlaceKind } from '@jointops/domain';

/**
 * How the maps mark each kind of place: a letter code inside a distinct shape, so kinds differ
 * without relying on colour (the legend and the table spell the kind out as well).
 */
export const PLACE_SYMBOLS: Readonly<Record<PlaceKind, { code: string; shape: 'square' | 'circle' | 'diamond' | 'triangle' | 'hexagon' | 'cross' | 'line' | 'pill' }>> = {
  COMMAND_POST: { code: 'CP', shape: 'square' },
  STAGING_AREA: { code: 'SA', shape: 'circle' },
  CHECKPOINT: { code: 'CK', shape: 'diamond' },
  INSPECTION_SITE: { code: 'IS', shape: 'triangle' },
  HOLDING_FACILITY: { code: 'HF', shape: 'hexagon' },
  MEDICAL: { code: '+', shape: 'cross' },
  ROUTE: { code: 'RT', shape: 'line' },
  OTHER: { code: 'OT', shape: 'pill' },
};

/** The symbol of a kind that may come from a newer server: OTHER's. */
export const symbolOf = (kind: string) => PLACE_SYMBOLS[kind as PlaceKind] ?? PLACE_SYMBOLS.OTHER;

/** The legend's entries, in the kinds' order. */
export const LEGEND = PLACE_KINDS.map((kind) => ({ kind, label: PLACE_KIND_LABELS[kind], ...PLACE_SYMBOLS[kind] }));
