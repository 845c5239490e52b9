import { useQuery } from '@apollo/client/react';
import { Button } from '@trussworks/react-uswds';
import { ErrorAlert } from '@jointops/ui';
import { PasskeysDocument } from '@jointops/web-data';
import { useState } from 'react';
import { passkeyErrorMessage } from './passkey-ceremony';
import { usePasskeyReauthAssertion } from './passkey-reauth';

interface PasskeyReauthButtonProps {
  /** Sends the assertion with the password (reauthenticate); its own errors are shown by the dialog. */
  prove(passkeyAssertion: string): Promise<void>;
}

/** "Use a passkey instead" in the re-authentication dialog, for an account that has one. */
export function PasskeyReauthButton({ prove }: PasskeyReauthButtonProps) {
  const { data } = useQuery(PasskeysDocument, { fetchPolicy: 'cache-first' });
  const assertion = usePasskeyReauthAssertion();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!data?.passkeys.length) return null;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await prove(await assertion());
    } catch (failure) {
      setError(passkeyErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="margin-top-2">
      <Button type="button" outline onClick={() => void run()} disabled={busy}>
        Use a passkey instead of the code
      </Button>
      {error ? <ErrorAlert message={error} className="margin-top-2" /> : null}
    </div>
  );
}
