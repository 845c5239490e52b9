import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import { TextField } from '@jointops/ui';
import { BeginTotpEnrollmentDocument, ConfirmTotpEnrollmentDocument, findGraphQLError, type BeginTotpEnrollmentMutation } from '@jointops/web-data';
import { useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../shared/errors';
import { RecoveryCodesView } from './RecoveryCodesView';

type Enrollment = BeginTotpEnrollmentMutation['beginTotpEnrollment'];

interface TotpPanelProps {
  /** The account has a confirmed second factor already. */
  hasSecondFactor: boolean;
  onEnrolled(): void;
  /** After the recovery codes were saved: go on (a restricted session to where it was headed). */
  onDone?: () => void;
}

const CODE_ID = 'totp-code';

/** The QR code as an image: the server's SVG never becomes part of the page's markup. */
function qrImage(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/**
 * Authenticator app (TOTP): set up (scan the QR code or type the key, confirm with a current
 * code), then the ten recovery codes, shown once. Setting up again replaces the app and the codes
 * once confirmed; until then the old ones keep working.
 */
export function TotpPanel({ hasSecondFactor, onEnrolled, onDone }: TotpPanelProps) {
  const [begin, { loading: beginning }] = useMutation(BeginTotpEnrollmentDocument);
  const [confirm, { loading: confirming }] = useMutation(ConfirmTotpEnrollmentDocument);
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const start = async () => {
    setError(null);
    setRecoveryCodes(null);
    try {
      const { data } = await begin();
      if (data) setEnrollment(data.beginTotpEnrollment);
      setTimeout(() => codeRef.current?.focus(), 0);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const onConfirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirming) return;
    const trimmed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      setCodeError('Enter the 6-digit code your authenticator app shows.');
      codeRef.current?.focus();
      return;
    }
    try {
      const { data } = await confirm({ variables: { code: trimmed } });
      if (!data) return;
      setRecoveryCodes(data.confirmTotpEnrollment.codes);
      setEnrollment(null);
      setCode('');
      onEnrolled();
    } catch (failure) {
      const badInput = findGraphQLError(failure, 'BAD_USER_INPUT');
      if (badInput) setCodeError(badInput.message);
      else setError(errorMessage(failure));
      codeRef.current?.focus();
    }
  };

  return (
    <section aria-labelledby="totp-heading" className="margin-bottom-5">
      <h2 id="totp-heading">Authenticator app</h2>
      {error ? (
        <Alert type="error" slim role="alert" className="margin-bottom-2">
          <p className="usa-alert__text">{error}</p>
        </Alert>
      ) : null}
      {recoveryCodes ? (
        <RecoveryCodesView codes={recoveryCodes} onDone={onDone} />
      ) : enrollment ? (
        <>
          <ol className="usa-process-list">
            <li className="usa-process-list__item">
              <p className="usa-process-list__heading">Scan this code with your authenticator app</p>
              <img src={qrImage(enrollment.qrSvg)} alt="QR code for your authenticator app" width={200} height={200} className="jo-qr" />
              <p>
                Cannot scan it? Enter this key by hand: <code className="jo-secret">{enrollment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
              </p>
            </li>
            <li className="usa-process-list__item">
              <p className="usa-process-list__heading">Enter the 6-digit code it shows</p>
              <Form onSubmit={onConfirm} noValidate aria-label="Confirm authenticator app" className="maxw-mobile-lg">
                <TextField
                  id={CODE_ID}
                  label="Code"
                  hint="6 digits, for example 123456"
                  value={code}
                  onChange={(value) => {
                    setCode(value);
                    setCodeError(null);
                  }}
                  error={codeError}
                  autoComplete="one-time-code"
                  inputRef={codeRef}
                />
                <div className="margin-top-3">
                  <Button type="submit" disabled={confirming} aria-disabled={confirming || undefined}>
                    Confirm
                  </Button>
                  <Button type="button" outline onClick={() => setEnrollment(null)}>
                    Cancel
                  </Button>
                </div>
              </Form>
            </li>
          </ol>
        </>
      ) : (
        <>
          <p>
            {hasSecondFactor
              ? 'Your account has a second factor. Set up the authenticator app again to move it to a new device: the old one keeps working until you confirm the new one, and you get new recovery codes.'
              : 'Use an app such as Microsoft Authenticator, Google Authenticator or a hardware key app: each sign-in then asks for the 6-digit code it shows.'}
          </p>
          <Button type="button" onClick={() => void start()} disabled={beginning}>
            {hasSecondFactor ? 'Set up the app again' : 'Set up an authenticator app'}
          </Button>
        </>
      )}
    </section>
  );
}
