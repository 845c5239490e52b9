// jsdom lacks TextEncoder/TextDecoder, which react-router needs at import time.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });

// `npm test` runs every project in parallel on two cores; the 1 s default for findBy/waitFor
// makes component specs flaky under that load without making them any more exacting.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });

// jsdom has no fetch `Request`, which a data router (createMemoryRouter, needed by useBlocker)
// builds for every navigation. The app has no loaders or actions, so a GET with a signal is enough.
if (typeof globalThis.Request === 'undefined') {
  class NavigationRequest {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal;
    readonly headers = new Map<string, string>();
    constructor(input: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(input);
      this.method = (init.method ?? 'GET').toUpperCase();
      this.signal = init.signal ?? new AbortController().signal;
    }
  }
  Object.assign(globalThis, { Request: NavigationRequest });
}
