import { useMutation } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { LIMITS } from '@jointops/domain';
// Only this lazily loaded page (and the admin's account forms) import the password policy: its dictionary is large.
import { changePasswordFormSchema } from '@jointops/domain/passwords';
import { PageHeading } from '@jointops/ui';
import { ChangePasswordDocument, findGraphQLError } from '@jointops/web-data';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../shared/errors';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { useSession, type SignInLocationState } from './session';
import { destination } from './SignInPage';

const IDS = { currentPassword: 'password-current', newPassword: 'password-new', confirmPassword: 'password-confirm' };
const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };
type Values = typeof EMPTY;

function describeError(error: unknown): string {
  const limited = findGraphQLError(error, 'RATE_LIMITED');
  if (limited) return 'Too many wrong passwords. Wait 15 minutes, then try again.';
  return errorMessage(error);
}

/**
 * `/account/password`: every user changes their own password here (from the header's account
 * menu). After an administrator's reset it is the only page the session reaches: "Choose a new
 * password", then on to where the user was going.
 */
export function ChangePasswordPage() {
  const { mustChangePassword, passwordChanged } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [changePassword] = useMutation(ChangePasswordDocument);
  // After a reset the current password is the one-time one: its messages say so.
  const schema = useMemo(() => changePasswordFormSchema(mustChangePassword), [mustChangePassword]);
  const form = useSchemaForm<Values>(schema, EMPTY);
  const [done, setDone] = useState(false);
  const heading = mustChangePassword ? 'Choose a new password' : 'Change password';

  const save = async (values: Values) => {
    setDone(false);
    await changePassword({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
    form.reset(EMPTY);
    if (mustChangePassword) {
      passwordChanged();
      navigate(destination((location.state ?? null) as SignInLocationState | null), { replace: true });
      return;
    }
    setDone(true);
  };

  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <title>{`${heading} · JointOps`}</title>
        <PageHeading
          lead={
            mustChangePassword
              ? 'An administrator reset your password. Choose a new one to continue; the one-time password then stops working.'
              : 'Your other signed-in sessions end when you change it.'
          }
        >
          {heading}
        </PageHeading>
        <div role="status" aria-live="polite">
          {done ? (
            <Alert type="success" slim className="margin-bottom-3">
              <p className="usa-alert__text">Your password was changed. Any other sessions of yours were signed out.</p>
            </Alert>
          ) : null}
        </div>
        <PlanItemForm
          form={form}
          ids={IDS}
          label={heading}
          submitLabel={mustChangePassword ? 'Save new password' : 'Change password'}
          busyLabel="Saving…"
          onSave={save}
          describeError={describeError}
          headingLevel="h2"
          large
        >
          <FormTextField
            name="currentPassword"
            label={mustChangePassword ? 'One-time password' : 'Current password'}
            type="password"
            autoComplete="current-password"
            required
            hint={mustChangePassword ? 'The password your administrator gave you, in capitals or small letters, with or without the dashes.' : undefined}
          />
          <FormTextField
            name="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            hint={`At least ${LIMITS.passwordMin} characters. Common passwords are refused; a few unrelated words make a good one.`}
          />
          <FormTextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required />
        </PlanItemForm>
      </div>
    </div>
  );
}
