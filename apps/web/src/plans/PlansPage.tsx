import { useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { EmptyState, PageHeading } from '@jointops/ui';
import { PlansDocument, type PlansQueryVariables } from '@jointops/web-data';
import { Link } from 'react-router';
import { errorMessage } from '../shared/errors';
import { PlanFilters } from './PlanFilters';
import { PlanPagination, PlanSortSelect } from './PlanListControls';
import { DEFAULT_PLAN_SORT, type PlanSort } from './plan-order';
import { PlanListTable } from './PlanListTable';
import { useMe } from './useMe';
import { usePlanFilters } from './usePlanFilters';

export const PLANS_PAGE_SIZE = 20;

/** Variables of the list query; absent filters, the default order and page 1 are left out (not sent as null). */
export function plansVariables(statuses: readonly string[], search: string, sort: PlanSort = DEFAULT_PLAN_SORT, page = 1): PlansQueryVariables {
  return {
    first: PLANS_PAGE_SIZE,
    ...(statuses.length > 0 ? { status: [...statuses] as PlansQueryVariables['status'] } : {}),
    ...(search ? { search } : {}),
    ...(sort !== DEFAULT_PLAN_SORT ? { orderBy: { field: sort.field, direction: sort.direction } } : {}),
    ...(page > 1 ? { offset: (page - 1) * PLANS_PAGE_SIZE } : {}),
  };
}

/** The plans the user may see, with status and search filters, sort and page kept in the URL. */
export function PlansPage() {
  const filters = usePlanFilters();
  const { canBuildPlans } = useMe();
  const { data, previousData, error, loading } = useQuery(PlansDocument, {
    variables: plansVariables(filters.statuses, filters.search, filters.sort, filters.page),
  });
  // While another page or order loads, keep showing the last one.
  const connection = (data ?? previousData)?.plans;
  const plans = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingFirst = !connection && loading;
  const pages = connection ? Math.max(1, Math.ceil(connection.totalCount / PLANS_PAGE_SIZE)) : 1;

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

      <div className="display-flex flex-wrap flex-justify flex-align-end">
        <p role="status" aria-live="polite" className="text-bold">
          {loadingFirst
            ? 'Loading plans…'
            : connection
              ? `${connection.totalCount} ${connection.totalCount === 1 ? 'plan' : 'plans'}${pages > 1 ? `, page ${Math.min(filters.page, pages)} of ${pages}` : ''}`
              : ''}
        </p>
        <PlanSortSelect sort={filters.sort} onChange={filters.changeSort} />
      </div>

      {connection && plans.length === 0 ? (
        filters.page > 1 ? (
          <EmptyState heading="No plans on this page" action={<Link to={filters.pageHref(1)} className="usa-button usa-button--outline">Go to the first page</Link>}>
            <p>The list is shorter than this page number.</p>
          </EmptyState>
        ) : filters.filtered ? (
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

      <PlanPagination page={filters.page} pages={pages} hrefOf={filters.pageHref} />
    </>
  );
}
