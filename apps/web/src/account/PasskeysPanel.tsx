import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmAction, ErrorAlert, LiveStatus, TableHead, TextField } from '@jointops/ui';
import { BeginPasskeyRegistrationDocument, FinishPasskeyRegistrationDocument, findGraphQLError, hasErrorCode, PasskeysDocument, RemovePasskeyDocument } from '@jointops/web-data';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useRef, useState, type FormEvent } from 'react';
import { createPasskey, passkeyErrorMessage } from '../auth/passkey-ceremony';
import { absoluteTime } from '../shared/relative-time';
import { errorMessage } from '../shared/errors';

/** As the server holds it (finishPasskeyRegistration): 1 to 60 characters. */
export const PASSKEY_NAME_MAX = 60;

const NAME_ID = 'passkey-name';

function checkName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Name this passkey, for example "Work laptop", so you can tell it apart later.';
  if (trimmed.length > PASSKEY_NAME_MAX) return `Use at most ${PASSKEY_NAME_MAX} characters for the name.`;
  return null;
}

export interface PasskeysPanelProps {
  /** Told after a passkey was added (the session then counts as signed in with a second factor). */
  onAdded?: () => void;
  /** Given: after adding, a Continue button calls it (on to where the user was headed). */
  onDone?: () => void;
}

/**
 * The caller's passkeys: each with its name, when it was added and last used, and a Remove
 * (confirmed); and adding one: a name, then the browser's own passkey prompt. In a session that
 * must first enroll a second factor the list is not available, but adding is.
 */
export function PasskeysPanel({ onAdded, onDone }: PasskeysPanelProps) {
  const list = useQuery(PasskeysDocument, { fetchPolicy: 'cache-and-network' });
  const [begin] = useMutation(BeginPasskeyRegistrationDocument);
  const [finish] = useMutation(FinishPasskeyRegistrationDocument);
  const [remove] = useMutation(RemovePasskeyDocument);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const supported = browserSupportsWebAuthn();
  const enrollmentOnly = hasErrorCode(list.error, 'MFA_ENROLLMENT_REQUIRED');
  const passkeys = list.data?.passkeys ?? [];

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problem = checkName(name);
    setNameError(problem);
    setFailure(null);
    setStatus(null);
    if (problem) {
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const { data: options } = await begin();
      if (!options) throw new Error('no registration options');
      const response = await createPasskey(options.beginPasskeyRegistration);
      const { data } = await finish({ variables: { response, name: name.trim() } });
      if (!data) throw new Error('empty finishPasskeyRegistration response');
      setName('');
      setAdded(true);
      setStatus(`Passkey “${data.finishPasskeyRegistration.name}” added. You can use it to sign in.`);
      if (!enrollmentOnly) await list.refetch();
      onAdded?.();
    } catch (error) {
      const onName = findGraphQLError(error, 'BAD_USER_INPUT');
      if (onName?.extensions?.['field'] === 'name') {
        setNameError(onName.message);
        nameRef.current?.focus();
      } else setFailure(passkeyErrorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const removeOne = async (id: string, passkeyName: string) => {
    setFailure(null);
    setStatus(null);
    setBusy(true);
    try {
      await remove({ variables: { id } });
      await list.refetch();
      setStatus(`Passkey “${passkeyName}” removed.`);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="passkeys-heading" className="margin-bottom-5">
      <h2 id="passkeys-heading">Passkeys</h2>
      <p>
        A passkey signs you in with your device’s fingerprint, face or screen lock, or a security key, instead of a code. Add one for each device you use.
      </p>
      <LiveStatus message={status} />
      {added && onDone ? (
        <button type="button" className="usa-button margin-bottom-2" onClick={onDone}>
          Continue
        </button>
      ) : null}
      <ErrorAlert message={failure} className="margin-y-2" />
      {list.error && !enrollmentOnly ? <ErrorAlert message={errorMessage(list.error)} className="margin-y-2" /> : null}

      {enrollmentOnly ? null : passkeys.length === 0 ? (
        list.loading ? null : <p className="text-base">You have no passkeys yet.</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">Your passkeys</caption>
          <TableHead columns={['Name', 'Added', 'Last used']} actionsColumn />
          <tbody>
            {passkeys.map((passkey) => (
              <tr key={passkey.id}>
                <th scope="row">{passkey.name}</th>
                <td>{absoluteTime(passkey.createdAt)}</td>
                <td>{passkey.lastUsedAt ? absoluteTime(passkey.lastUsedAt) : 'Never'}</td>
                <td>
                  <ConfirmAction
                    label="Remove"
                    subject={`passkey ${passkey.name}`}
                    question={`Remove the passkey “${passkey.name}”? You can no longer sign in with it.`}
                    busy={busy}
                    onConfirm={() => void removeOne(passkey.id, passkey.name)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {supported ? (
        <form className="usa-form usa-form--large" aria-label="Add a passkey" noValidate onSubmit={(event) => void add(event)}>
          <TextField
            id={NAME_ID}
            label="Name for the new passkey"
            hint="So you can tell your passkeys apart, e.g. “Work laptop” or “Phone”."
            value={name}
            onChange={(value) => {
              setName(value);
              if (nameError) setNameError(null);
            }}
            error={nameError}
            required
            inputRef={nameRef}
          />
          <button type="submit" className="usa-button margin-top-2" disabled={busy}>
            {busy ? 'Waiting for your device…' : 'Add a passkey'}
          </button>
        </form>
      ) : (
        <p className="text-base">This browser cannot create passkeys. Use a current browser to add one.</p>
      )}
    </section>
  );
}
