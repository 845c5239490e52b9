import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { handleModalKeys, TextField } from '@jointops/ui';
import { ReauthenticateDocument, SignerFactorsDocument } from '@jointops/web-data';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { serverFormErrors } from '../errors';

export interface ReauthDialogProps {
  /** The server's window (REAUTH_REQUIRED's `extensions.windowSeconds`), to say how recent a sign-in must be. */
  windowSeconds: number | null;
  /** Presence proved: the caller signs again. */
  onProved: () => void;
  /** Backed out: nothing was signed and nothing changes. */
  onCancel: () => void;
  /** Where focus goes when the dialog closes: the button that signed (by then it may have been disabled and lost focus). */
  returnFocusTo?: HTMLElement | null;
  /**
   * Slot for "Use a passkey instead" (passkeys come with their own change): a control that gets a
   * WebAuthn assertion for `reauthenticate` and hands it to `prove`, which sends it with the
   * password. Nothing is rendered while it is not given.
   */
  passkeyOption?: (prove: (passkeyAssertion: string) => Promise<void>) => ReactNode;
}

const FIELDS = ['password', 'code', 'passkeyAssertion'] as const;

/** "5 minutes", "30 seconds". */
function inWords(seconds: number): string {
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} seconds`;
}

/**
 * "Confirm it's you to sign": the password, and a code when the account has a second factor,
 * sent to `reauthenticate`. A wrong password or code is said next to its field and the dialog
 * stays; Cancel (or Escape) closes it and nothing is signed. A modal: focus starts on the
 * password, Tab stays inside, and focus goes back where it was when it closes.
 */
export function ReauthDialog({ windowSeconds, onProved, onCancel, returnFocusTo = null, passkeyOption }: ReauthDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // Asked fresh: the account may have enrolled a second factor since the page loaded.
  const { data } = useQuery(SignerFactorsDocument, { fetchPolicy: 'network-only' });
  const secondFactor = data?.me.secondFactor ?? false;
  const [reauthenticate, { loading }] = useMutation(ReauthenticateDocument);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  // The field to focus once the answer is on screen: while it is sent the fields are disabled, and a
  // disabled field cannot take focus (it would fall to the page, out of the dialog and its Escape).
  const [focusNext, setFocusNext] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!loading && focusNext) document.getElementById(focusNext.id)?.focus();
  }, [loading, focusNext]);

  useEffect(() => {
    const back = returnFocusTo ?? (document.activeElement as HTMLElement | null);
    passwordRef.current?.focus();
    return () => {
      if (back && back.isConnected) back.focus();
    };
  }, [returnFocusTo]);

  const prove = async (passkeyAssertion: string | null) => {
    setGeneral(null);
    const missing: Record<string, string> = {};
    if (!password) missing['password'] = 'Enter your password.';
    if (secondFactor && !passkeyAssertion && !code.trim()) missing['code'] = 'Enter the code from your authenticator app, or a recovery code.';
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      document.getElementById(missing['password'] ? `${id}-password` : `${id}-code`)?.focus();
      return;
    }
    try {
      await reauthenticate({ variables: { password, code: passkeyAssertion || !secondFactor ? null : code.trim(), passkeyAssertion } });
      onProved();
    } catch (error) {
      const { fields, general: sentence } = serverFormErrors(error, FIELDS);
      setFieldErrors(fields);
      setGeneral(sentence);
      if (fields['password']) setPassword('');
      if (fields['code']) setCode('');
      setFocusNext({ id: fields['code'] && !fields['password'] ? `${id}-code` : `${id}-password` });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Its own form: the submit must not reach a form around the button that opened it.
    event.stopPropagation();
    void prove(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => handleModalKeys(event, dialogRef.current, onCancel);

  // On the page's body, so no card or form around the signature's button holds it.
  return createPortal(
    <div className="jo-dialog-overlay">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-heading`}
        aria-describedby={`${id}-body`}
        className="jo-dialog bg-white radius-md padding-3 shadow-3"
        onKeyDown={onKeyDown}
        data-testid="reauth-dialog"
      >
        <h2 id={`${id}-heading`} className="margin-top-0 font-heading-lg">
          Confirm it’s you to sign
        </h2>
        <p id={`${id}-body`}>
          A signature needs a sign-in {windowSeconds ? `from the last ${inWords(windowSeconds)}` : 'from the last few minutes'}. Enter your password
          {secondFactor ? ' and a code' : ''} to sign; nothing is signed until you do.
        </p>
        <form aria-label="Confirm it’s you" onSubmit={onSubmit} noValidate>
          <TextField
            id={`${id}-password`}
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={fieldErrors['password'] ?? null}
            disabled={loading}
            inputRef={passwordRef}
          />
          {secondFactor ? (
            <TextField
              id={`${id}-code`}
              label="Code from your authenticator app, or a recovery code"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={setCode}
              error={fieldErrors['code'] ?? null}
              disabled={loading}
            />
          ) : null}
          {secondFactor && passkeyOption ? passkeyOption((assertion) => prove(assertion)) : null}
          {fieldErrors['passkeyAssertion'] ? (
            <p className="usa-error-message" role="alert">
              {fieldErrors['passkeyAssertion']}
            </p>
          ) : null}
          {general ? (
            <Alert type="error" slim role="alert" className="margin-top-2">
              <p className="usa-alert__text">{general}</p>
            </Alert>
          ) : null}
          <div className="margin-top-3 display-flex flex-wrap">
            <button type="submit" className="usa-button margin-bottom-1" disabled={loading}>
              {loading ? 'Confirming…' : 'Confirm and sign'}
            </button>
            <button type="button" className="usa-button usa-button--unstyled margin-bottom-1 padding-105" disabled={loading} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>,
    document.body,
  );
}
