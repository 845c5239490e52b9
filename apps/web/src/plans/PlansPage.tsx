import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { EmptyState, PageHeading } from '@jointops/ui';
import { PlansDocument, type PlansQueryVariables } from '@jointops/web-data';
import { Link } from 'react-router';
import { errorMessage } from '../shared/errors';
import { PlanFilters } from './PlanFilters';
import { PlanListTable } from './PlanListTable';
import { useMe } from './useMe';
import { usePlanFilters } from './usePlanFilters';

export const PLANS_PAGE_SIZE = 20;

/** Variables of the list query; absent filters are left out (not sent as null). */
export function plansVariables(statuses: readonly string[], search: string): PlansQueryVariables {
  return {
    first: PLANS_PAGE_SIZE,
    ...(statuses.length > 0 ? { status: [...statuses] as PlansQueryVariables['status'] } : {}),
    ...(search ? { search } : {}),
  };
}

/** The plans the user may see, newest first, with status and search filters kept in the URL. */
export function PlansPage() {
  const filters = usePlanFilters();
  const { canBuildPlans } = useMe();
  const { data, error, networkStatus, fetchMore } = useQuery(PlansDocument, {
    variables: plansVariables(filters.statuses, filters.search),
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.plans;
  const plans = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingFirst = !connection && (networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (after) void fetchMore({ variables: { after } });
  };

  return (
    <>
      <title>Plans · JointOps</title>
      <div className="display-flex flex-wrap flex-justify flex-align-start">
        <PageHeading>Plans</PageHeading>
        {canBuildPlans ? (
          <div className="margin-bottom-3">
            <Link to="/plans/new" className="usa-button">
              New plan
            </Link>
          </div>
        ) : null}
      </div>

      <PlanFilters
        statuses={filters.statuses}
        searchInput={filters.searchInput}
        onToggleStatus={filters.toggleStatus}
        onSearch={filters.changeSearch}
        onClear={filters.clear}
        filtered={filters.filtered}
      />

      {error && !connection ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The plans could not be loaded. {errorMessage(error)}</p>
        </Alert>
      ) : null}

      <p role="status" aria-live="polite" className="text-bold">
        {loadingFirst ? 'Loading plans…' : connection ? `${connection.totalCount} ${connection.totalCount === 1 ? 'plan' : 'plans'}` : ''}
      </p>

      {connection && plans.length === 0 ? (
        filters.filtered ? (
          <EmptyState heading="No plans match these filters" action={<Button type="button" outline onClick={filters.clear}>Clear filters</Button>}>
            <p>Try other statuses or another search.</p>
          </EmptyState>
        ) : (
          <EmptyState heading="No plans yet">
            <p>Plans that your agency takes part in will appear here, whichever agency leads them.</p>
          </EmptyState>
        )
      ) : null}

      {plans.length > 0 ? <PlanListTable plans={plans} /> : null}

      {connection?.pageInfo.hasNextPage ? (
        <Button type="button" outline onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </Button>
      ) : null}
    </>
  );
}
