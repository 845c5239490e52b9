import { findGraphQLError } from '@jointops/web-data';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { PasskeyReauthButton } from '../../auth/PasskeyReauthButton';
import { ReauthDialog } from './ReauthDialog';

/** What became of a signature: given (with the action's answer), or not, because the signer backed out. */
export type SignOutcome<T> = { signed: true; value: T } | { signed: false };

interface Asking {
  windowSeconds: number | null;
  trigger: HTMLElement | null;
  answer: (proved: boolean) => void;
}

/**
 * Signing (approve or reject, activate, finalize) through one door. `sign(action)` runs the
 * mutation; when the server answers REAUTH_REQUIRED (the signer proved presence too long ago), the
 * dialog asks for the password (and a code when the account has a second factor), calls
 * `reauthenticate`, then runs the action once more. Cancel: `{ signed: false }` and nothing has
 * changed. Any other failure, of either attempt, is thrown to the caller as before.
 *
 * Render `dialog` where the action's buttons are.
 */
export function useSignature(): { sign: <T>(action: () => Promise<T>) => Promise<SignOutcome<T>>; dialog: ReactNode } {
  const [asking, setAsking] = useState<Asking | null>(null);
  const askingRef = useRef<Asking | null>(null);
  askingRef.current = asking;
  // A screen that goes away while asking has signed nothing.
  useEffect(() => () => askingRef.current?.answer(false), []);

  const askPresence = useCallback(
    (windowSeconds: number | null, trigger: HTMLElement | null) =>
      new Promise<boolean>((resolve) => {
        setAsking({
          windowSeconds,
          trigger,
          answer: (proved) => {
            setAsking(null);
            resolve(proved);
          },
        });
      }),
    [],
  );

  const sign = useCallback(
    async <T,>(action: () => Promise<T>): Promise<SignOutcome<T>> => {
      // The button that signed, while it still has focus (it is disabled while the request runs).
      const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      let windowSeconds: number | null;
      try {
        return { signed: true, value: await action() };
      } catch (error) {
        const refusal = findGraphQLError(error, 'REAUTH_REQUIRED');
        if (!refusal) throw error;
        const seconds = refusal.extensions?.['windowSeconds'];
        windowSeconds = typeof seconds === 'number' ? seconds : null;
      }
      if (!(await askPresence(windowSeconds, trigger))) return { signed: false };
      return { signed: true, value: await action() };
    },
    [askPresence],
  );

  const dialog = asking ? (
    <ReauthDialog
      windowSeconds={asking.windowSeconds}
      returnFocusTo={asking.trigger}
      onProved={() => asking.answer(true)}
      onCancel={() => asking.answer(false)}
      passkeyOption={(prove) => <PasskeyReauthButton prove={prove} />}
    />
  ) : null;
  return { sign, dialog };
}
