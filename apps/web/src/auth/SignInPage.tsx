import { OfflineCopiesList } from '../offline/FieldCopyPage';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, Fieldset, Form, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { ErrorSummary, PageHeading, type FieldError } from '@jointops/ui';
import { LoginDocument, MeDocument, type SignedInFragment } from '@jointops/web-data';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PasskeySignInButton } from './PasskeySignInButton';
import { SecondFactorStep, pendingSecondFactor, type PendingSecondFactor } from './SecondFactorStep';
import { CHANGE_PASSWORD_PATH, HOME_PATH, SECURITY_PATH, SIGN_IN_PATH, useSession, type SignInLocationState } from './session';
import { signInErrorMessage } from './sign-in-errors';
import { readSsoSession } from './sso-handoff';
import { SsoButton, SsoNotice } from './SsoSignIn';
import { PublicSideLinks } from '../complaints/PublicSideLinks';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const FIELD_IDS: Record<Field, string> = { email: 'sign-in-email', password: 'sign-in-password' };

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address.';
  if (!password) errors.password = 'Enter your password.';
  return errors;
}

export function destination(state: SignInLocationState | null): string {
  const from = state?.from;
  if (!from || from.pathname === SIGN_IN_PATH) return HOME_PATH;
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

/** A second step handed over in the address (`/sign-in#challenge=…&methods=TOTP,PASSKEY`, by single sign-on): a fragment never reaches a server or a log. */
export function handedOverSecondFactor(hash: string): PendingSecondFactor | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const challenge = params.get('challenge');
  if (!challenge) return null;
  return { challenge, methods: (params.get('methods') ?? 'TOTP,RECOVERY_CODE').split(',').filter(Boolean) };
}

export function SignInPage() {
  const { signedIn, signIn, mustChangePassword, restricted, expired: sessionExpired } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const state = (location.state ?? null) as SignInLocationState | null;
  const expired = searchParams.get('expired') === '1' || state?.expired === true || sessionExpired;

  const [login, { loading }] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [secondFactor, setSecondFactor] = useState<PendingSecondFactor | null>(() => handedOverSecondFactor(location.hash));
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Back from the agency's sign-in with a session open (in the cookie): note its facts, so a
  // session that must change its password or enroll a second factor goes to its one page.
  const [ssoSession] = useState(() => readSsoSession(location.hash));
  useEffect(() => {
    if (ssoSession) signIn(ssoSession);
  }, [ssoSession, signIn]);

  if (signedIn) return <Navigate to={mustChangePassword ? CHANGE_PASSWORD_PATH : restricted ? SECURITY_PATH : destination(state)} replace />;

  /** The second step's challenge is no longer usable: back to the password, with this message. */
  const restart = (message: string) => {
    setSecondFactor(null);
    setServerError(message);
    if (location.hash) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state });
  };

  /** Signed in, in one step or two: keep the session and go on (a reset or restricted account to its one page first). */
  const finish = (payload: SignedInFragment) => {
    // The session's token never reaches the page: the answer set it as an HttpOnly cookie.
    const { expiresAt, user, mustChangePassword: mustChange, restricted: mustEnroll } = payload;
    // Seed the header's `me` so it renders without another round trip.
    client.writeQuery({ query: MeDocument, data: { me: user } });
    signIn({ expiresAt, mustChangePassword: mustChange, restricted: mustEnroll });
    const onward = { replace: true, state: { from: state?.from } satisfies SignInLocationState };
    if (mustChange) navigate(CHANGE_PASSWORD_PATH, onward);
    else if (mustEnroll) navigate(SECURITY_PATH, onward);
    else navigate(destination(state), { replace: true });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const errors = validate(email, password);
    setFieldErrors(errors);
    setServerError(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) throw new Error('empty login response');
      finish(data.login);
    } catch (error) {
      const pending = pendingSecondFactor(error);
      if (pending) {
        setSecondFactor(pending);
        setPassword('');
        return;
      }
      setServerError(signInErrorMessage(error));
      setPassword('');
      passwordRef.current?.focus();
    }
  };

  const summary: FieldError[] = (['email', 'password'] as const)
    .filter((field) => fieldErrors[field])
    .map((field) => ({ fieldId: FIELD_IDS[field], message: fieldErrors[field]! }));

  const clearFieldError = (field: Field) => {
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <title>Sign in · JointOps</title>
        <PageHeading>Sign in to JointOps</PageHeading>
        <OfflineCopiesList />
        {secondFactor ? (
          <SecondFactorStep
            {...secondFactor}
            onSignedIn={finish}
            onRestart={restart}
            alternative={secondFactor.methods.includes('PASSKEY') ? <PasskeySignInButton challenge={secondFactor.challenge} onSignedIn={finish} onRestart={restart} /> : undefined}
          />
        ) : (
          <>
            {expired && !serverError ? (
              <Alert type="info" slim className="margin-bottom-3" role="status">
                <p className="usa-alert__text">Your session expired. Sign in again to continue.</p>
              </Alert>
            ) : null}
            {serverError ? (
              <Alert type="error" slim className="margin-bottom-3" role="alert">
                <p className="usa-alert__text">{serverError}</p>
              </Alert>
            ) : null}
            <SsoNotice />
            <ErrorSummary errors={summary} />

            <Form onSubmit={onSubmit} noValidate large aria-label="Sign in">
              <Fieldset legend="Your JointOps account" legendStyle="srOnly">
                <FormGroup error={Boolean(fieldErrors.email)}>
                  <Label htmlFor={FIELD_IDS.email} error={Boolean(fieldErrors.email)}>
                    Email
                  </Label>
                  {fieldErrors.email ? <ErrorMessage id={`${FIELD_IDS.email}-error`}>{fieldErrors.email}</ErrorMessage> : null}
                  <TextInput
                    id={FIELD_IDS.email}
                    name="email"
                    type="email"
                    autoComplete="username"
                    spellCheck={false}
                    autoCapitalize="none"
                    inputRef={emailRef}
                    value={email}
                    onChange={(e) => {
                      setEmail(e.target.value);
                      clearFieldError('email');
                    }}
                    validationStatus={fieldErrors.email ? 'error' : undefined}
                    aria-invalid={fieldErrors.email ? true : undefined}
                    aria-describedby={fieldErrors.email ? `${FIELD_IDS.email}-error` : undefined}
                  />
                </FormGroup>
                <FormGroup error={Boolean(fieldErrors.password)}>
                  <Label htmlFor={FIELD_IDS.password} error={Boolean(fieldErrors.password)}>
                    Password
                  </Label>
                  {fieldErrors.password ? <ErrorMessage id={`${FIELD_IDS.password}-error`}>{fieldErrors.password}</ErrorMessage> : null}
                  <TextInput
                    id={FIELD_IDS.password}
                    name="password"
                    type="password"
                    autoComplete="current-password"
                    inputRef={passwordRef}
                    value={password}
                    onChange={(e) => {
                      setPassword(e.target.value);
                      clearFieldError('password');
                    }}
                    validationStatus={fieldErrors.password ? 'error' : undefined}
                    aria-invalid={fieldErrors.password ? true : undefined}
                    aria-describedby={fieldErrors.password ? `${FIELD_IDS.password}-error` : undefined}
                  />
                </FormGroup>
                <Button type="submit" disabled={loading} aria-disabled={loading || undefined} className="margin-top-3">
                  Sign in
                </Button>
              </Fieldset>
            </Form>
            <SsoButton />
          </>
        )}
        <PublicSideLinks />
      </div>
    </div>
  );
}
