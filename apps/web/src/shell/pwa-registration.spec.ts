import { afterFirstScreen, createAppUpdateStore, REGISTER_AFTER_LOAD_MS, startServiceWorker, watchForUpdates, type RegisterSWOptions } from './pwa-registration';

describe('the app update store', () => {
  it('goes from none to waiting when a new version is installed', () => {
    const store = createAppUpdateStore(jest.fn());
    const listener = jest.fn();
    store.subscribe(listener);
    expect(store.get()).toBe('none');
    store.waiting(jest.fn());
    expect(store.get()).toBe('waiting');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not reload a tab whose user did not ask: another tab activated the new version; it keeps its prompt', async () => {
    const reload = jest.fn();
    const store = createAppUpdateStore(reload);
    store.waiting(jest.fn());
    store.tookControl();
    expect(reload).not.toHaveBeenCalled();
    expect(store.get()).toBe('active');

    // Its own Reload then only reloads: the new version is already in control.
    await store.update();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('startServiceWorker', () => {
  it('registers through registerSW and turns "need refresh" into a waiting update whose activation is updateSW(true)', async () => {
    let options: RegisterSWOptions = {};
    const updateSW = jest.fn().mockResolvedValue(undefined);
    const reload = jest.fn();
    const store = createAppUpdateStore(reload);
    startServiceWorker((given) => {
      options = given;
      return updateSW;
    }, store);
    expect(store.get()).toBe('none');

    options.onNeedRefresh?.();
    expect(store.get()).toBe('waiting');
    await store.update();
    expect(updateSW).toHaveBeenCalledWith(true);
    expect(reload).not.toHaveBeenCalled();

    options.onNeedReload?.();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('afterFirstScreen', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('waits for the load event, then a few seconds, then an idle moment', () => {
    const start = jest.fn();
    const listeners = new Map<string, () => void>();
    const idle: Array<() => void> = [];
    const target = {
      addEventListener: jest.fn((type: string, listener: () => void) => void listeners.set(type, listener)),
      requestIdleCallback: jest.fn((callback: () => void) => {
        idle.push(callback);
        return idle.length;
      }),
    };
    afterFirstScreen(start, { target: target as never, readyState: () => 'interactive' });
    expect(target.addEventListener).toHaveBeenCalledWith('load', expect.any(Function), { once: true });
    jest.advanceTimersByTime(REGISTER_AFTER_LOAD_MS * 2);
    expect(start).not.toHaveBeenCalled();

    listeners.get('load')?.();
    jest.advanceTimersByTime(REGISTER_AFTER_LOAD_MS - 1);
    expect(target.requestIdleCallback).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(target.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: REGISTER_AFTER_LOAD_MS });
    expect(start).not.toHaveBeenCalled();

    idle[0]();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('counts from now when the page has already loaded, and starts without an idle callback where there is none', () => {
    const start = jest.fn();
    const target = { addEventListener: jest.fn() };
    afterFirstScreen(start, { target, readyState: () => 'complete', delayMs: 500 });
    expect(target.addEventListener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(499);
    expect(start).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('watchForUpdates', () => {
  afterEach(() => jest.useRealTimers());

  function fakeDocument() {
    const target = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
    target.visibilityState = 'visible';
    return target;
  }

  it('asks for a new version every interval and when the tab is shown again, not while offline or already installing; stops when told', () => {
    jest.useFakeTimers();
    const registration = { update: jest.fn().mockResolvedValue(undefined), installing: null as ServiceWorker | null };
    const target = fakeDocument();
    let online = true;
    const stop = watchForUpdates(registration, { intervalMs: 1000, target, online: () => online });

    jest.advanceTimersByTime(999);
    expect(registration.update).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(registration.update).toHaveBeenCalledTimes(1);

    target.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(1);
    target.visibilityState = 'visible';
    target.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(2);

    online = false;
    jest.advanceTimersByTime(1000);
    expect(registration.update).toHaveBeenCalledTimes(2);
    online = true;
    registration.installing = {} as ServiceWorker;
    jest.advanceTimersByTime(1000);
    expect(registration.update).toHaveBeenCalledTimes(2);
    registration.installing = null;

    stop();
    jest.advanceTimersByTime(5000);
    target.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(2);
  });

  it('swallows a failed check (the server unreachable): the next one retries', async () => {
    jest.useFakeTimers();
    const registration = { update: jest.fn().mockRejectedValue(new TypeError('Failed to fetch')), installing: null };
    const stop = watchForUpdates(registration, { intervalMs: 1000, target: fakeDocument(), online: () => true });
    jest.advanceTimersByTime(2000);
    await Promise.resolve();
    expect(registration.update).toHaveBeenCalledTimes(2);
    stop();
  });
});
