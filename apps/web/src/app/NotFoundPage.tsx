import { PageHeading } from '@jointops/ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · JointOps</title>
      <PageHeading>Page not found</PageHeading>
      <p className="usa-prose">
        There is nothing at this address. Check it for typos, or go to <Link to="/plans" className="usa-link">Plans</Link>.
      </p>
    </>
  );
}
