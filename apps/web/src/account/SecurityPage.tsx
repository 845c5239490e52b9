import { useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { LoadingStatus, PageHeading } from '@jointops/ui';
import { MySecondFactorDocument } from '@jointops/web-data';
import { useNavigate, useLocation } from 'react-router';
import { useSession, type SignInLocationState } from '../auth/session';
import { destination } from '../auth/SignInPage';
import { errorMessage } from '../shared/errors';
import { PasskeysPanel } from './PasskeysPanel';
import { TotpPanel } from './TotpPanel';

/**
 * `/account/security`: the caller's second factors (an authenticator app; passkeys). Where the
 * deployment requires a second factor, an account without one reaches only this page until it
 * sets one up, then goes on to where it was headed.
 */
export function SecurityPage() {
  const { restricted, secondFactorEnrolled } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MySecondFactorDocument, { fetchPolicy: 'cache-and-network' });

  const enrolled = () => {
    void refetch();
    if (restricted) secondFactorEnrolled();
  };
  const goOn = () => navigate(destination((location.state ?? null) as SignInLocationState | null), { replace: true });

  return (
    <div className="grid-row">
      <div className="tablet:grid-col-10 desktop:grid-col-8">
        <title>Sign-in and security · JointOps</title>
        <PageHeading>{restricted ? 'Set up a second factor' : 'Sign-in and security'}</PageHeading>
        {restricted ? (
          <Alert type="warning" className="margin-bottom-3">
            <h2 className="usa-alert__heading">A second factor is required</h2>
            <p className="usa-alert__text">
              JointOps holds criminal-justice information, so this deployment asks every account for a second factor besides the password (CJIS Security Policy,
              multi-factor authentication). Set one up to continue.
            </p>
          </Alert>
        ) : null}
        {error && !data ? (
          <Alert type="error" slim role="alert" className="margin-bottom-3">
            <p className="usa-alert__text">{errorMessage(error)}</p>
          </Alert>
        ) : null}
        {loading && !data ? <LoadingStatus /> : null}
        {data ? <TotpPanel hasSecondFactor={data.me.secondFactor} onEnrolled={enrolled} onDone={restricted || location.state ? goOn : undefined} /> : null}
        <PasskeysPanel onAdded={enrolled} onDone={restricted || location.state ? goOn : undefined} />
      </div>
    </div>
  );
}
