import { act, render, screen } from '@testing-library/react';
import { ConnectionBanner } from './ConnectionBanner';

const text = () => screen.getByTestId('connection-banner').textContent;

const defineOnLine = (value: boolean) => Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });

function setOnLine(value: boolean) {
  defineOnLine(value);
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

describe('ConnectionBanner', () => {
  afterEach(() => {
    jest.useRealTimers();
    defineOnLine(true);
  });

  it('says nothing while connected or idle', () => {
    const { rerender } = render(<ConnectionBanner status="idle" catchingUp={false} />);
    expect(text()).toBe('');
    rerender(<ConnectionBanner status="connected" catchingUp={false} />);
    expect(text()).toBe('');
  });

  it('reports the server unreachable, then back online once caught up, then goes away', () => {
    jest.useFakeTimers();
    const { rerender } = render(<ConnectionBanner status="connected" catchingUp={false} recoveredMs={3000} />);
    rerender(<ConnectionBanner status="lost" catchingUp={false} recoveredMs={3000} />);
    expect(text()).toBe('Server unreachable. Your entries are kept on this device; retrying…');
    expect(screen.getByRole('status').querySelector('.usa-alert--slim.usa-alert--warning')).toBeTruthy();

    rerender(<ConnectionBanner status="connected" catchingUp recoveredMs={3000} />);
    expect(text()).toBe('Back online. Catching up…');
    rerender(<ConnectionBanner status="connected" catchingUp={false} recoveredMs={3000} />);
    expect(text()).toBe('Back online. Caught up.');

    act(() => void jest.advanceTimersByTime(3000));
    expect(text()).toBe('');
  });

  it('stays on "server unreachable" through retries', () => {
    const { rerender } = render(<ConnectionBanner status="lost" catchingUp={false} />);
    rerender(<ConnectionBanner status="lost" catchingUp={false} />);
    expect(text()).toBe('Server unreachable. Your entries are kept on this device; retrying…');
  });

  it('leaves "offline" to the app-wide banner, and tells the server unreachable once the browser is back online', () => {
    const { rerender } = render(<ConnectionBanner status="connected" catchingUp={false} />);
    act(() => setOnLine(false));
    rerender(<ConnectionBanner status="lost" catchingUp={false} />);
    expect(text()).toBe('');

    act(() => setOnLine(true));
    expect(text()).toBe('Server unreachable. Your entries are kept on this device; retrying…');
    rerender(<ConnectionBanner status="connected" catchingUp />);
    expect(text()).toBe('Back online. Catching up…');
  });
});
