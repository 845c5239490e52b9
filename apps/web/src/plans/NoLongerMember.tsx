import { Alert } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { Link } from 'react-router';

/** The live stream ended with NOT_FOUND: the user's agency was removed from the plan. */
export function NoLongerMember({ title }: { title: string }) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Alert type="warning" slim role="alert" data-testid="no-access">
        <p className="usa-alert__text">You no longer have access to this plan.</p>
      </Alert>
      <p>
        <Link to="/plans" className="usa-link">
          Back to plans
        </Link>
      </p>
    </>
  );
}
