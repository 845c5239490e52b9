import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { DataTable, EmptyState, PageHeading } from '@jointops/ui';
import { PAGE_SIZES } from '@jointops/domain';
import { PlansDocument } from '@jointops/web-data';
import { Link } from 'react-router';
import { errorMessage as generalErrorMessage } from '../shared/errors';
import { formatDateTime } from '../plans/plan-format';
import { PlanStatusTag } from '../plans/PlanStatusTag';

/** `/oversight`: every plan (oversight sees them all), with a link to its log. */
export function OversightPlansPage() {
  const { data, error, networkStatus, fetchMore } = useQuery(PlansDocument, { variables: { first: PAGE_SIZES.plans }, notifyOnNetworkStatusChange: true });
  const connection = data?.plans;
  const plans = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <title>Oversight · JointOps</title>
      <PageHeading lead="Every plan, its event log and who accessed it. Oversight reads everything and changes nothing.">Oversight</PageHeading>
      {error && !connection ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The plans could not be loaded. {generalErrorMessage(error)}</p>
        </Alert>
      ) : null}
      {!connection && !error ? (
        <p role="status" aria-live="polite">
          Loading plans…
        </p>
      ) : null}
      {connection && plans.length === 0 ? <EmptyState heading="No plans yet" /> : null}
      {plans.length > 0 ? (
        <DataTable fullWidth striped stackedStyle="headers" caption={`${connection?.totalCount ?? plans.length} plans`} captionClassName="text-left" columns={['Plan', 'Status', 'Lead agency', 'Last updated']}>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row" data-label="Plan">
                <Link to={`/oversight/plans/${plan.id}`} className="usa-link">
                  {plan.title}
                </Link>
              </th>
              <td data-label="Status">
                <PlanStatusTag status={plan.status} />
              </td>
              <td data-label="Lead agency">
                <abbr title={plan.leadAgency.name}>{plan.leadAgency.shortName}</abbr>
              </td>
              <td data-label="Last updated">{formatDateTime(plan.updatedAt, plan.timeZone)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Button type="button" outline disabled={loadingMore} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </Button>
      ) : null}
    </>
  );
}
