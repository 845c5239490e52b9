import { act, render, screen } from '@testing-library/react';
import { ConnectionBanner } from '../live/ConnectionBanner';
import { OfflineBanner } from './OfflineBanner';

const defineOnLine = (value: boolean) => Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });

function setOnLine(value: boolean) {
  defineOnLine(value);
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

const text = () => screen.getByTestId('offline-banner').textContent;

describe('OfflineBanner', () => {
  afterEach(() => defineOnLine(true));

  it('says nothing while the browser is online', () => {
    render(<OfflineBanner signedIn />);
    expect(text()).toBe('');
  });

  it('tells a signed-in user that their entries are kept on this device, and goes when the network returns', () => {
    setOnLine(false);
    render(<OfflineBanner signedIn />);
    expect(text()).toBe('You are offline. Your entries are kept on this device and sent when the connection returns.');
    expect(screen.getByTestId('offline-banner').querySelector('.usa-alert--slim.usa-alert--warning')).toBeTruthy();

    act(() => setOnLine(true));
    expect(text()).toBe('');
  });

  it('promises nothing kept to a signed-out visitor', () => {
    setOnLine(false);
    render(<OfflineBanner signedIn={false} />);
    expect(text()).toBe('You are offline. Nothing can be sent until the connection returns.');
    expect(text()).not.toMatch(/kept/);
  });

  it('is the one banner on a plan workspace whose socket is lost because the browser is offline', () => {
    setOnLine(false);
    render(
      <>
        <OfflineBanner signedIn />
        <ConnectionBanner status="lost" catchingUp={false} />
      </>,
    );
    const alerts = screen.getAllByTestId('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual(['You are offline. Your entries are kept on this device and sent when the connection returns.']);
  });
});
