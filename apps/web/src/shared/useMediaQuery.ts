import { useCallback, useSyncExternalStore } from 'react';

/** Below USWDS's tablet breakpoint (40em, 640 px): phones, where wide tables and charts do not fit. */
export const PHONE_MEDIA_QUERY = '(max-width: 39.99em)';

const media = (query: string): MediaQueryList | null => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null);

/** Whether the media query matches now, following changes (rotation, resizing). False where there is no matchMedia (tests). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = media(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  const get = useCallback(() => media(query)?.matches ?? false, [query]);
  return useSyncExternalStore(subscribe, get, () => false);
}
