import { useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { SignInOptionsDocument } from '@jointops/web-data';
import { useSearchParams } from 'react-router';
import { SSO_START_PATH, ssoFailureMessage } from './sso-handoff';

/**
 * "Sign in with your agency": single sign-on through the agency's identity provider (OpenID
 * Connect), offered only when the server says it is configured (the anonymous `signInOptions`
 * query). A plain link, not a router link or a form: the server's /auth/oidc/start answers a
 * redirect to the provider (and the page's CSP allows form posts only to its own origin).
 */
export function SsoButton() {
  const { data } = useQuery(SignInOptionsDocument);
  if (!data?.signInOptions.sso) return null;
  return (
    <section aria-labelledby="sso-heading" className="margin-top-5 padding-top-3 border-top-1px border-base-lighter">
      <h2 id="sso-heading" className="margin-top-0">Signed in to your agency already?</h2>
      <p className="usa-hint">Your agency&apos;s sign-in page opens; you come back here signed in to the JointOps account with the same email.</p>
      <a className="usa-button usa-button--outline" href={SSO_START_PATH}>
        Sign in with your agency
      </a>
    </section>
  );
}

/** Why the last sign-in with the agency did not open a session (`/sign-in?sso=<key>`, set by the server). */
export function SsoNotice() {
  const [searchParams] = useSearchParams();
  const message = ssoFailureMessage(searchParams.get('sso'));
  if (!message) return null;
  return (
    <Alert type="error" slim className="margin-bottom-3" role="alert">
      <p className="usa-alert__text">{message}</p>
    </Alert>
  );
}
