import { PHONE_MEDIA_QUERY } from '../shared/useMediaQuery';

/** jsdom has no matchMedia: make PHONE_MEDIA_QUERY match (a phone) or not (wider screens). */
export function screenWidth(phone: boolean): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({ matches: phone && query === PHONE_MEDIA_QUERY, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }),
  });
}

/** Takes screenWidth's matchMedia away again (call it in afterEach). */
export function resetScreenWidth(): void {
  delete (window as { matchMedia?: unknown }).matchMedia;
}
