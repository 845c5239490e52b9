import { Alert } from '@trussworks/react-uswds';
import { useOnline, type ConnectionStatus } from '@jointops/web-data';
import { useEffect, useState } from 'react';

export interface ConnectionBannerProps {
  status: ConnectionStatus;
  /** The live plan is replaying what it missed while the socket was down. */
  catchingUp: boolean;
  /** How long "Back online. Caught up." stays. */
  recoveredMs?: number;
}

type Phase = 'none' | 'lost' | 'catching-up' | 'recovered';

export const SERVER_UNREACHABLE_MESSAGE = 'Server unreachable. Your entries are kept on this device; retrying…';

const MESSAGES: Record<Phase, string | null> = {
  none: null,
  lost: SERVER_UNREACHABLE_MESSAGE,
  'catching-up': 'Back online. Catching up…',
  recovered: 'Back online. Caught up.',
};

/**
 * The plan workspace's live connection: a slim status alert while the WebSocket is down with the
 * browser online (the server, or the way to it, is the problem), and briefly once it is back and
 * caught up. While the browser itself is offline it says nothing: the app-wide OfflineBanner
 * (shell/Layout) says so on every page, and one banner is enough.
 */
export function ConnectionBanner({ status, catchingUp, recoveredMs = 4_000 }: ConnectionBannerProps) {
  const online = useOnline();
  const [phase, setPhase] = useState<Phase>('none');

  useEffect(() => {
    if (status === 'lost') setPhase('lost');
    else if (status === 'connected') setPhase((current) => (current === 'lost' || current === 'catching-up' ? (catchingUp ? 'catching-up' : 'recovered') : current));
  }, [status, catchingUp]);

  useEffect(() => {
    if (phase !== 'recovered') return;
    const timer = setTimeout(() => setPhase('none'), recoveredMs);
    return () => clearTimeout(timer);
  }, [phase, recoveredMs]);

  const message = online ? MESSAGES[phase] : null;
  return (
    <div role="status" aria-live="polite" data-testid="connection-banner">
      {message ? (
        <Alert type={phase === 'lost' ? 'warning' : 'success'} slim className="margin-bottom-2">
          <span className="usa-alert__text">{message}</span>
        </Alert>
      ) : null}
    </div>
  );
}
