import { timeZoneLabel } from '@jointops/domain';
import { DataTable } from '@jointops/ui';
import type { PlanListItemFragment } from '@jointops/web-data';
import { Link } from 'react-router';
import { formatWindow } from './plan-format';
import { PlanStatusTag } from './PlanStatusTag';

/** The plans, newest first: title, status, lead agency, window and participants. */
export function PlanListTable({ plans }: { plans: readonly PlanListItemFragment[] }) {
  return (
    <DataTable fullWidth stackedStyle="headers" caption={<span className="usa-sr-only">Plans</span>} columns={['Plan', 'Status', 'Lead agency', 'Window', 'Agencies']}>
      {plans.map((plan) => (
        <tr key={plan.id}>
          <th scope="row" data-label="Plan">
            <Link to={`/plans/${plan.id}`} className="usa-link">
              {plan.title}
            </Link>
          </th>
          <td data-label="Status">
            <PlanStatusTag status={plan.status} />
          </td>
          <td data-label="Lead agency">
            <abbr title={plan.leadAgency.name}>{plan.leadAgency.shortName}</abbr>
          </td>
          <td data-label="Window">
            {formatWindow(plan.startsAt, plan.endsAt, plan.timeZone)}
            <span className="display-block text-base font-body-3xs">{timeZoneLabel(plan.timeZone)}</span>
          </td>
          <td data-label="Agencies">{plan.agencies.map((agency) => agency.shortName).join(', ')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
