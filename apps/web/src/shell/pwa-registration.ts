/**
 * The service worker's life as the page sees it. The worker (vite.config.mts: generateSW, prompt)
 * installs a new version beside the running one and leaves it waiting; the page says so
 * (UpdatePrompt) and the user chooses when to reload. Nothing changes under the user.
 *
 * main.tsx starts this in production builds only, with `registerSW` from `virtual:pwa-register`
 * (which wraps workbox-window), once the first screen is drawn (afterFirstScreen); tests give their own.
 */

/** `none`; `waiting`: a new version is installed and waits; `active`: another tab let it take over. */
export type AppUpdateState = 'none' | 'waiting' | 'active';

export interface AppUpdateStore {
  get(): AppUpdateState;
  subscribe(listener: () => void): () => void;
  /** The user chose to reload: the waiting version takes over, then the page reloads. */
  update(): Promise<void>;
  /** For the registration: a new version waits; `activate` makes it take over. */
  waiting(activate: () => Promise<void>): void;
  /** For the registration: the new version took control of this page. */
  tookControl(): void;
}

export function createAppUpdateStore(reload: () => void = () => window.location.reload()): AppUpdateStore {
  let state: AppUpdateState = 'none';
  let activate: (() => Promise<void>) | null = null;
  let requested = false;
  const listeners = new Set<() => void>();
  const set = (next: AppUpdateState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async update() {
      requested = true;
      // Already in control (the user reloaded another tab): only this page is old.
      if (state === 'active' || !activate) return reload();
      // The page reloads once the new worker controls it (tookControl).
      await activate();
    },
    waiting(next) {
      activate = next;
      set('waiting');
    },
    tookControl() {
      // Reload only the page whose user asked; another tab keeps its work and its prompt.
      if (requested) reload();
      else set('active');
    },
  };
}

/** The app's one store: UpdatePrompt shows it, main.tsx feeds it. */
export const appUpdates = createAppUpdateStore();

/** The part of `virtual:pwa-register`'s options this uses. */
export interface RegisterSWOptions {
  onNeedRefresh?: () => void;
  onNeedReload?: () => void;
  onRegisteredSW?: (swScriptUrl: string, registration: ServiceWorkerRegistration | undefined) => void;
  onRegisterError?: (error: unknown) => void;
}
export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export const UPDATE_CHECK_INTERVAL_MS = 30 * 60_000;

/** How long after the page's load event the service worker waits before it is registered. */
export const REGISTER_AFTER_LOAD_MS = 3_000;

export interface FirstScreenOptions {
  target?: Pick<Window, 'addEventListener'> & Partial<Pick<Window, 'requestIdleCallback'>>;
  readyState?: () => DocumentReadyState;
  delayMs?: number;
}

/**
 * Calls `start` once the first screen has had its turn: after the page's load event, a few seconds,
 * then a moment when the main thread is idle. Installing the worker downloads every chunk of the
 * app to cache it; on a first visit that competed with the first page's own chunks and data (the
 * page's load event comes before them: they are loaded on demand). In the bench, the timeline's
 * cold load (median of 7) went from 2.36–2.38 s to 2.04–2.26 s.
 */
export function afterFirstScreen(start: () => void, { target = window, readyState = () => document.readyState, delayMs = REGISTER_AFTER_LOAD_MS }: FirstScreenOptions = {}): void {
  const whenIdle = () => (target.requestIdleCallback ? target.requestIdleCallback(() => start(), { timeout: delayMs }) : start());
  const afterLoad = () => void setTimeout(whenIdle, delayMs);
  if (readyState() === 'complete') afterLoad();
  else target.addEventListener('load', afterLoad, { once: true });
}

/** Registers the service worker and feeds `store`; looks for a new version every 30 minutes and when the tab is shown again. */
export function startServiceWorker(registerSW: RegisterSW, store: AppUpdateStore = appUpdates): void {
  const updateSW = registerSW({
    onNeedRefresh: () => store.waiting(() => updateSW(true)),
    onNeedReload: () => store.tookControl(),
    onRegisteredSW: (_url, registration) => {
      if (registration) watchForUpdates(registration);
    },
    // Without a worker the app still runs online; nothing to tell the user.
    onRegisterError: (error) => console.warn('Service worker not registered', error),
  });
}

export interface UpdateWatchOptions {
  intervalMs?: number;
  target?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  online?: () => boolean;
}

/** Asks the browser to look for a new service worker now and then; returns the stop. */
export function watchForUpdates(
  registration: Pick<ServiceWorkerRegistration, 'update' | 'installing'>,
  { intervalMs = UPDATE_CHECK_INTERVAL_MS, target = document, online = () => navigator.onLine !== false }: UpdateWatchOptions = {},
): () => void {
  const check = () => {
    // Offline, or a new version already on its way: nothing to ask.
    if (!online() || registration.installing) return;
    // A failed check (server unreachable) is retried at the next one.
    registration.update().catch(() => undefined);
  };
  const onVisible = () => {
    if (target.visibilityState === 'visible') check();
  };
  const timer = setInterval(check, intervalMs);
  target.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    target.removeEventListener('visibilitychange', onVisible);
  };
}
