import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, Fieldset, Form, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { ErrorSummary, PageHeading, type FieldError } from '@jointops/ui';
import { LoginDocument, MeDocument } from '@jointops/web-data';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { CHANGE_PASSWORD_PATH, HOME_PATH, SIGN_IN_PATH, useSession, type SignInLocationState } from './session';
import { signInErrorMessage } from './sign-in-errors';

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

export function SignInPage() {
  const { signedIn, signIn, mustChangePassword, expired: sessionExpired } = useSession();
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
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (signedIn) return <Navigate to={mustChangePassword ? CHANGE_PASSWORD_PATH : destination(state)} replace />;

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
      const { token, expiresAt, user, mustChangePassword } = data.login;
      // Seed the header's `me` so it renders without another round trip.
      client.writeQuery({ query: MeDocument, data: { me: user } });
      signIn({ token, expiresAt, mustChangePassword });
      // A reset account chooses its new password first, then goes on to where it was headed.
      if (mustChangePassword) navigate(CHANGE_PASSWORD_PATH, { replace: true, state: { from: state?.from } satisfies SignInLocationState });
      else navigate(destination(state), { replace: true });
    } catch (error) {
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
      </div>
    </div>
  );
}
