import { ConfirmAction, ErrorAlert } from '@jointops/ui';
import type { AdminUserFragment } from '@jointops/web-data';
import { Alert, Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { errorMessage } from '../shared/errors';
import { AccountStatusTag } from './AccountStatusTag';
import { oneTimePassword } from './one-time-password';
import { useResetCredentials, useSetUserActive } from './useAdminMutations';

export interface AccountAccessControlsProps {
  user: AdminUserFragment;
  /** The administrator's own account: it can be neither disabled nor reset here. */
  self: boolean;
}

/** Disable or re-enable the account, and reset it to a one-time password shown once. */
export function AccountAccessControls({ user, self }: AccountAccessControlsProps) {
  const { setUserActive, settingActive } = useSetUserActive();
  const { resetCredentials, resetting } = useResetCredentials();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  // Each reset closes its confirm step: the button comes back for the next one.
  const [resets, setResets] = useState(0);
  const busy = settingActive || resetting;

  const act = async (work: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const toggleActive = () =>
    act(async () => {
      const updated = await setUserActive(user.id, !user.active);
      setPassword(null);
      setNotice(updated.active ? `${updated.displayName} can sign in again.` : `${updated.displayName} is disabled and was signed out everywhere.`);
    });
  const reset = () =>
    act(async () => {
      const temporary = oneTimePassword();
      await resetCredentials(user.id, temporary);
      setCopied(false);
      setPassword(temporary);
      setResets((count) => count + 1);
    });
  const copy = async () => {
    if (!password) return;
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setError('The password could not be copied. Select it and copy it by hand.');
    }
  };

  if (self) {
    return <p>This is your own account: use Change password in the account menu. You cannot disable or reset it here.</p>;
  }
  return (
    <div>
      <h4>Access</h4>
      <p>
        Status: <AccountStatusTag active={user.active} />
      </p>
      <ErrorAlert message={error} />
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert type="success" slim className="margin-bottom-2">
            <p className="usa-alert__text">{notice}</p>
          </Alert>
        ) : null}
      </div>
      <div className="margin-bottom-2 jo-confirm-stack">
        {user.active ? (
          <ConfirmAction
            key="disable"
            label="Disable account"
            subject={`of ${user.displayName}`}
            question={`Disable the account of ${user.displayName}? They are signed out everywhere at once and cannot sign in until it is re-enabled.`}
            confirmLabel="Yes, disable"
            busy={busy}
            onConfirm={() => void toggleActive()}
          />
        ) : (
          <ConfirmAction
            key="enable"
            label="Re-enable account"
            subject={`of ${user.displayName}`}
            question={`Re-enable the account of ${user.displayName}? They can sign in again with their password.`}
            confirmLabel="Yes, re-enable"
            destructive={false}
            busy={busy}
            onConfirm={() => void toggleActive()}
          />
        )}
      </div>
      <div className="jo-confirm-stack">
        <ConfirmAction
          key={`reset-${resets}`}
          label="Reset password"
          subject={`of ${user.displayName}`}
          question={`Reset the password of ${user.displayName}? Their sessions end at once; they sign in with a one-time password and must choose a new one.`}
          confirmLabel="Yes, reset"
          busy={busy}
          onConfirm={() => void reset()}
        />
      </div>
      {password ? (
        <div className="usa-summary-box margin-top-2" role="region" aria-labelledby="one-time-password-heading">
          <h5 id="one-time-password-heading" className="usa-summary-box__heading margin-top-0">
            One-time password for {user.displayName}
          </h5>
          <p>
            <code className="font-mono-md text-bold" data-testid="one-time-password">
              {password}
            </code>
          </p>
          <p>It is shown only this once. Give it to them in person or by phone; they must choose a new password when they sign in with it.</p>
          <Button type="button" outline onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy password'}
          </Button>
          <Button type="button" unstyled onClick={() => setPassword(null)}>
            Done, hide it
          </Button>
        </div>
      ) : null}
    </div>
  );
}
