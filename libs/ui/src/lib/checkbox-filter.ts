import type { SelectOption } from './SelectField';

/** When a checkbox group offers a way to find its options, and how many unchosen ones it shows at once. */
export interface CheckboxFilter {
  /** The find box's label, e.g. "Find an event by title". */
  label: string;
  /** The noun for the status line, singular and plural, e.g. ['event', 'events']. */
  noun: readonly [string, string];
  /** The find box appears from this many options (default 12). */
  from?: number;
  /** At most this many unchosen options are shown (default 20); chosen ones always are. */
  shown?: number;
}

export const FILTER_FROM = 12;
export const FILTER_SHOWN = 20;

/**
 * What a long checkbox group shows: every chosen option (so a choice never hides), then the
 * unchosen ones whose label holds `query` (any case, spaces trimmed), at most `shown` of them, in
 * the options' order. `matching` counts every unchosen match, shown or not.
 */
export function visibleOptions(options: readonly SelectOption[], value: readonly string[], query: string, shown = FILTER_SHOWN): { options: SelectOption[]; matching: number } {
  const chosen = new Set(value);
  const needle = query.trim().toLocaleLowerCase();
  const visible: SelectOption[] = [];
  let matching = 0;
  for (const option of options) {
    if (chosen.has(option.value)) {
      visible.push(option);
    } else if (!needle || option.label.toLocaleLowerCase().includes(needle)) {
      matching += 1;
      if (matching <= shown) visible.push(option);
    }
  }
  return { options: visible, matching };
}

/** The line under the find box: how many are shown of how many, or that nothing matches. */
export function filterStatus(matching: number, shown: number, query: string, [one, many]: readonly [string, string]): string {
  const q = query.trim();
  if (matching === 0) return q ? `No other ${many} match “${q}”.` : `No other ${many}.`;
  if (matching <= shown) return q ? `${matching} ${matching === 1 ? `${one} matches` : `${many} match`} “${q}”.` : `Showing all ${matching} other ${many}.`;
  return q ? `Showing ${shown} of ${matching} ${many} that match “${q}”: type more to narrow.` : `Showing ${shown} of ${matching} other ${many}: type part of a title to find the rest.`;
}
