import { Alert } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { SSO_OPTIONS_PATH, SSO_START_PATH, ssoFailureMessage } from './sso-handoff';

/** Whether the server offers single sign-on (GET /auth/oidc/options, public); false until it says so, or if it cannot be asked. */
function useSsoOffered(): boolean {
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => fetch(SSO_OPTIONS_PATH, { headers: { accept: 'application/json' } }))
      .then((response) => (response.ok ? (response.json() as Promise<{ sso?: unknown }>) : null))
      .then((options) => {
        if (live && options?.sso === true) setOffered(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return offered;
}

/**
 * "Sign in with your agency": single sign-on through the agency's identity provider (OpenID
 * Connect), offered only when the server says it is configured (GET /auth/oidc/options, public;
 * GraphQL answers no such question without a session). A plain link, not a router link or a form: the server's /auth/oidc/start answers a
 * redirect to the provider (and the page's CSP allows form posts only to its own origin).
 */
export function SsoButton() {
  if (!useSsoOffered()) return null;
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
