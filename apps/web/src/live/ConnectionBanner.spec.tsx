import { act, render, screen } from '@testing-library/react';
import { ConnectionBanner } from './ConnectionBanner';

const text = () => screen.getByTestId('connection-banner').textContent;

describe('ConnectionBanner', () => {
  afterEach(() => jest.useRealTimers());

  it('says nothing while connected or idle', () => {
    const { rerender } = render(<ConnectionBanner status="idle" catchingUp={false} />);
    expect(text()).toBe('');
    rerender(<ConnectionBanner status="connected" catchingUp={false} />);
    expect(text()).toBe('');
  });

  it('reports a lost connection, then back online once caught up, then goes away', () => {
    jest.useFakeTimers();
    const { rerender } = render(<ConnectionBanner status="connected" catchingUp={false} recoveredMs={3000} />);
    rerender(<ConnectionBanner status="lost" catchingUp={false} recoveredMs={3000} />);
    expect(text()).toBe('Connection lost. Reconnecting…');
    expect(screen.getByRole('status').querySelector('.usa-alert--slim')).toBeTruthy();

    rerender(<ConnectionBanner status="connected" catchingUp recoveredMs={3000} />);
    expect(text()).toBe('Back online. Catching up…');
    rerender(<ConnectionBanner status="connected" catchingUp={false} recoveredMs={3000} />);
    expect(text()).toBe('Back online. Caught up.');

    act(() => void jest.advanceTimersByTime(3000));
    expect(text()).toBe('');
  });

  it('stays on "lost" through retries', () => {
    const { rerender } = render(<ConnectionBanner status="lost" catchingUp={false} />);
    rerender(<ConnectionBanner status="lost" catchingUp={false} />);
    expect(text()).toBe('Connection lost. Reconnecting…');
  });
});
