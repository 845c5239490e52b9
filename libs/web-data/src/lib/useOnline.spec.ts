/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { isBrowserOnline, useOnline } from './useOnline';

function setOnLine(value: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });
}

describe('useOnline', () => {
  afterEach(() => setOnLine(true));

  it('reads navigator.onLine', () => {
    setOnLine(false);
    expect(isBrowserOnline()).toBe(false);
    expect(renderHook(() => useOnline()).result.current).toBe(false);
  });

  it('follows the offline and online events', () => {
    setOnLine(true);
    const { result } = renderHook(() => useOnline());
    expect(result.current).toBe(true);

    act(() => {
      setOnLine(false);
      window.dispatchEvent(new Event('offline'));
    });
    expect(result.current).toBe(false);

    act(() => {
      setOnLine(true);
      window.dispatchEvent(new Event('online'));
    });
    expect(result.current).toBe(true);
  });

  it('stops listening when unmounted', () => {
    const remove = jest.spyOn(window, 'removeEventListener');
    renderHook(() => useOnline()).unmount();
    expect(remove.mock.calls.map(([type]) => type)).toEqual(expect.arrayContaining(['online', 'offline']));
    remove.mockRestore();
  });
});
