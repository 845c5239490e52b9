import { useMutation } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, Fieldset, Form, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { CompleteLoginDocument, findGraphQLError, type SignedInFragment } from '@jointops/web-data';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { signInErrorMessage } from './sign-in-errors';

/** What login's MFA_REQUIRED error carried: the one-time challenge and the account's second factors. */
export interface PendingSecondFactor {
  challenge: string;
  methods: string[];
}

/** The challenge from an MFA_REQUIRED error, if that is what `error` is. */
export function pendingSecondFactor(error: unknown): PendingSecondFactor | null {
  const mfa = findGraphQLError(error, 'MFA_REQUIRED');
  const challenge = mfa?.extensions?.['challenge'];
  if (typeof challenge !== 'string' || !challenge) return null;
  const methods = mfa?.extensions?.['methods'];
  return { challenge, methods: Array.isArray(methods) ? methods.filter((method): method is string => typeof method === 'string') : ['TOTP', 'RECOVERY_CODE'] };
}

const CODE_ID = 'sign-in-code';

interface SecondFactorStepProps extends PendingSecondFactor {
  onSignedIn(payload: SignedInFragment): void;
  /** The challenge is no longer usable (expired, used): back to the password, with this message. */
  onRestart(message: string): void;
  /** Another way to finish with the same challenge (a passkey button), shown under the code form. */
  alternative?: ReactNode;
}

/**
 * The second step of signing in to an account with a second factor: a code from an authenticator
 * app, or one of the recovery codes. A wrong code is said beside the field and counts toward the
 * account's lockout; an expired challenge sends the user back to the password.
 */
export function SecondFactorStep({ challenge, methods, onSignedIn, onRestart, alternative }: SecondFactorStepProps) {
  const [completeLogin, { loading }] = useMutation(CompleteLoginDocument);
  const [recovery, setRecovery] = useState(!methods.includes('TOTP') && methods.includes('RECOVERY_CODE'));
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const hasCodes = methods.includes('TOTP') || methods.includes('RECOVERY_CODE');

  useEffect(() => codeRef.current?.focus(), [recovery]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setServerError(null);
    const trimmed = code.replace(/\s/g, '');
    if (!trimmed) {
      setFieldError(recovery ? 'Enter one of your recovery codes.' : 'Enter the 6-digit code from your authenticator app.');
      codeRef.current?.focus();
      return;
    }
    if (!recovery && !/^\d{6}$/.test(trimmed)) {
      setFieldError('The code is 6 digits.');
      codeRef.current?.focus();
      return;
    }
    try {
      const { data } = await completeLogin({ variables: { challenge, code: trimmed } });
      if (!data) throw new Error('empty completeLogin response');
      onSignedIn(data.completeLogin);
    } catch (error) {
      if (findGraphQLError(error, 'UNAUTHENTICATED')) {
        onRestart('That sign-in took too long or was already finished. Sign in again.');
        return;
      }
      const badInput = findGraphQLError(error, 'BAD_USER_INPUT');
      if (badInput) setFieldError(badInput.message);
      else setServerError(signInErrorMessage(error));
      setCode('');
      codeRef.current?.focus();
    }
  };

  const label = recovery ? 'Recovery code' : 'Code from your authenticator app';
  return (
    <>
      <p className="usa-intro">Your account has a second factor. Confirm it's you to finish signing in.</p>
      {serverError ? (
        <Alert type="error" slim className="margin-bottom-3" role="alert">
          <p className="usa-alert__text">{serverError}</p>
        </Alert>
      ) : null}
      {hasCodes ? (
        <Form onSubmit={onSubmit} noValidate large aria-label="Second factor">
          <Fieldset legend="Second factor" legendStyle="srOnly">
            <FormGroup error={Boolean(fieldError)}>
              <Label htmlFor={CODE_ID} error={Boolean(fieldError)}>
                {label}
              </Label>
              {recovery ? null : (
                <span className="usa-hint" id={`${CODE_ID}-hint`}>
                  6 digits, for example 123456
                </span>
              )}
              {fieldError ? <ErrorMessage id={`${CODE_ID}-error`}>{fieldError}</ErrorMessage> : null}
              <TextInput
                id={CODE_ID}
                name="code"
                type="text"
                inputMode={recovery ? 'text' : 'numeric'}
                autoComplete="one-time-code"
                spellCheck={false}
                autoCapitalize="none"
                maxLength={recovery ? 20 : 8}
                inputRef={codeRef}
                value={code}
                onChange={(e) => {
                  setCode(e.target.value);
                  setFieldError(null);
                }}
                validationStatus={fieldError ? 'error' : undefined}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={[recovery ? null : `${CODE_ID}-hint`, fieldError ? `${CODE_ID}-error` : null].filter(Boolean).join(' ') || undefined}
              />
            </FormGroup>
            <Button type="submit" disabled={loading} aria-disabled={loading || undefined} className="margin-top-3">
              Verify
            </Button>
          </Fieldset>
        </Form>
      ) : null}
      {methods.includes('TOTP') && methods.includes('RECOVERY_CODE') ? (
        <p className="margin-top-2">
          <Button
            type="button"
            unstyled
            onClick={() => {
              setRecovery((current) => !current);
              setCode('');
              setFieldError(null);
            }}
          >
            {recovery ? 'Use a code from your authenticator app instead' : 'Lost your device? Use a recovery code'}
          </Button>
        </p>
      ) : null}
      {alternative}
    </>
  );
}
