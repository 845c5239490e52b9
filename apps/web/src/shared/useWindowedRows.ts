import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Lists up to this long render every row; longer ones only the rows near the viewport. */
export const WINDOWING_THRESHOLD = 100;

export interface RowWindow {
  /** Index of the first row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** Height (px) of the rows left out above `start` and below `end`: spacers keep the list's height. */
  before: number;
  after: number;
  /** Whether rows are being left out at all (the list is longer than the threshold). */
  windowed: boolean;
}

export interface WindowedRowsOptions {
  count: number;
  /** Height of a row before any is measured (px). */
  estimatedRowHeight: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  threshold?: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Windowing for a long list in the page's flow (a table body, a list of cards): only the rows
 * within the viewport (plus `overscan`) are rendered; spacers stand for the rest, so the page
 * scrolls as if every row were there. Row heights are measured as rows render (their average
 * stands for the rows not rendered). `listRef` is the element holding the rows (`tbody`, `ol`),
 * whose rendered rows carry `data-window-row`. `reveal(index)` scrolls a row into view, rendering
 * it (a link to `#timeline-<id>`, focus after an edit).
 */
export function useWindowedRows(listRef: RefObject<HTMLElement | null>, { count, estimatedRowHeight, overscan = 8, threshold = WINDOWING_THRESHOLD }: WindowedRowsOptions) {
  const windowed = count > threshold;
  const rowHeight = useRef(estimatedRowHeight);
  const [range, setRange] = useState(() => ({ start: 0, end: Math.min(count, windowed ? 40 : count) }));

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    // Average distance between the rows on the page now (margins included): it stands for the
    // rows that are not.
    const rows = list.querySelectorAll<HTMLElement>('[data-window-row]');
    if (rows.length > 1) {
      const first = rows[0]!.getBoundingClientRect().top;
      const last = rows[rows.length - 1]!.getBoundingClientRect().top;
      if (last > first) rowHeight.current = (last - first) / (rows.length - 1);
    }
    const top = list.getBoundingClientRect().top;
    const viewport = window.innerHeight || document.documentElement.clientHeight;
    const height = rowHeight.current;
    const first = Math.floor(-top / height) - overscan;
    const last = Math.ceil((viewport - top) / height) + overscan;
    const start = clamp(first, 0, Math.max(0, count - 1));
    const end = clamp(Math.max(last, start + 1), 0, count);
    setRange((current) => (current.start === start && current.end === end ? current : { start, end }));
  }, [listRef, windowed, count, overscan]);

  useLayoutEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [windowed, update]);

  const reveal = useCallback(
    (index: number) => {
      const list = listRef.current;
      if (!list || !windowed || index < 0 || index >= count) return;
      const top = list.getBoundingClientRect().top + window.scrollY + index * rowHeight.current;
      window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3) });
      // Render it now, not on the next scroll event: the caller may focus it next.
      setRange((current) => (index >= current.start && index < current.end ? current : { start: Math.max(0, index - overscan), end: Math.min(count, index + overscan + 1) }));
    },
    [listRef, windowed, count, overscan],
  );

  const start = windowed ? Math.min(range.start, count) : 0;
  const end = windowed ? Math.min(Math.max(range.end, start), count) : count;
  const window_: RowWindow = {
    start,
    end,
    before: start * rowHeight.current,
    after: (count - end) * rowHeight.current,
    windowed,
  };
  return { ...window_, reveal };
}
