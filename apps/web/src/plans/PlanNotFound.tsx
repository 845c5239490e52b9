import { PageHeading } from '@jointops/ui';
import { Link } from 'react-router';

/** The API answers null for plans that do not exist and for plans the user may not see alike. */
export function PlanNotFound() {
  return (
    <>
      <title>Plan not found · JointOps</title>
      <PageHeading>Plan not found</PageHeading>
      <p className="usa-prose">
        This plan does not exist, or your agency does not take part in it. Go back to <Link to="/plans" className="usa-link">Plans</Link>.
      </p>
    </>
  );
}
