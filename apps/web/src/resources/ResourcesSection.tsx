import { Table } from '@trussworks/react-uswds';
import { LiveStatus } from '@jointops/ui';
import { ResourcesSectionDocument, type ResourcesSectionQuery } from '@jointops/web-data';
import { useState } from 'react';
import { useWorkspace } from '../plans/workspace-context';
import { useSectionPlan, type SectionPlan } from '../plans/useSectionPlan';
import { AgencyResourceTable } from './AgencyResourceTable';
import { totalsByKind } from './resource-totals';
import { ResourceForm } from './ResourceForm';
import { AddPanel, SkipToAddForm } from '../shared/AddPanel';

/** `/plans/:id/resources`: what each agency commits, and per kind the total with each agency's part. */
export function ResourcesSection() {
  const { canEdit } = useWorkspace();
  const { plan, fallback } = useSectionPlan(ResourcesSectionDocument, 'the resources');
  return plan ? <Resources plan={plan} canEdit={canEdit} /> : fallback;
}

function Resources({ plan, canEdit }: { plan: SectionPlan<NonNullable<ResourcesSectionQuery['plan']>>; canEdit: boolean }) {
  const [status, setStatus] = useState<string | null>(null);
  const totals = totalsByKind(plan.resources);
  // The totals' columns: the agencies that commit something, in the plan's order.
  const committing = plan.agencies.filter((agency) => plan.resources.some((r) => r.agency.id === agency.id));
  return (
    <section aria-labelledby="resources-heading">
      <h2 id="resources-heading">Resources</h2>
      <SkipToAddForm target="resources-add" show={canEdit} />
      <LiveStatus message={status} />
      {plan.agencies.map((agency) => (
        <AgencyResourceTable key={agency.id} plan={plan} agency={agency} resources={plan.resources.filter((r) => r.agency.id === agency.id)} canEdit={canEdit} onStatus={setStatus} />
      ))}
      {totals.length > 0 ? (
        <Table compact bordered scrollable caption="Totals by kind across agencies">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              {committing.map((agency) => (
                <th key={agency.id} scope="col" className="text-right">
                  <abbr title={agency.name}>{agency.shortName}</abbr>
                </th>
              ))}
              <th scope="col" className="text-right">All agencies</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((total) => (
              <tr key={total.kind}>
                <th scope="row">{total.kind}</th>
                {committing.map((agency) => (
                  <td key={agency.id} className="text-right">{total.byAgency.get(agency.id) ?? '—'}</td>
                ))}
                <td className="text-right text-bold">{total.quantity}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <AddPanel id="resources-add" heading="Add a resource" show={canEdit}>
        <ResourceForm plan={plan} onDone={(message) => setStatus(message ?? null)} />
      </AddPanel>
    </section>
  );
}
