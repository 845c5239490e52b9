import { Table } from '@trussworks/react-uswds';
import { LiveStatus } from '@jointops/ui';
import { ResourcesSectionDocument, type ResourcesSectionQuery } from '@jointops/web-data';
import { useState } from 'react';
import { useWorkspace } from '../plans/workspace-context';
import { useSectionPlan, type SectionPlan } from '../plans/useSectionPlan';
import { PHONE_MEDIA_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import { AgencyResourceTable } from './AgencyResourceTable';
import { totalsByKind, type KindTotal } from './resource-totals';
import { ResourceForm } from './ResourceForm';
import { AddPanel, SkipToAddForm } from '../shared/AddPanel';
import './resources.css';

/** `/plans/:id/resources`: what each agency commits, and per kind the total with each agency's part. */
export function ResourcesSection() {
  const { canEdit } = useWorkspace();
  const { plan, fallback } = useSectionPlan(ResourcesSectionDocument, 'the resources');
  return plan ? <Resources plan={plan} canEdit={canEdit} /> : fallback;
}

type Agency = SectionPlan<NonNullable<ResourcesSectionQuery['plan']>>['agencies'][number];

const TOTALS_CAPTION = 'Totals by kind across agencies';

function Resources({ plan, canEdit }: { plan: SectionPlan<NonNullable<ResourcesSectionQuery['plan']>>; canEdit: boolean }) {
  const [status, setStatus] = useState<string | null>(null);
  const phone = useMediaQuery(PHONE_MEDIA_QUERY);
  const totals = totalsByKind(plan.resources);
  // The totals' columns: the agencies that commit something, in the plan's order.
  const committing = plan.agencies.filter((agency) => plan.resources.some((r) => r.agency.id === agency.id));
  return (
    <section aria-labelledby="resources-heading">
      <h2 id="resources-heading">Resources</h2>
      <SkipToAddForm target="resources-add" show={canEdit} />
      <LiveStatus message={status} />
      {plan.agencies.map((agency) => (
        <AgencyResourceTable key={agency.id} plan={plan} agency={agency} resources={plan.resources.filter((r) => r.agency.id === agency.id)} canEdit={canEdit} onStatus={setStatus} phone={phone} />
      ))}
      {totals.length === 0 ? null : phone ? (
        <PhoneTotals totals={totals} committing={committing} />
      ) : (
        <Table compact bordered scrollable caption={TOTALS_CAPTION}>
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
      )}
      <AddPanel id="resources-add" heading="Add a resource" show={canEdit}>
        <ResourceForm plan={plan} onDone={(message) => setStatus(message ?? null)} />
      </AddPanel>
    </section>
  );
}

/**
 * The totals on a phone: a column per agency does not fit 390 px (the total itself was scrolled
 * out of view), so three columns: the kind, the agencies that commit it with their part (no dashes
 * for the others), and its total, last and bold as on a wider screen.
 */
function PhoneTotals({ totals, committing }: { totals: readonly KindTotal[]; committing: readonly Agency[] }) {
  return (
    <Table fullWidth compact bordered className="jo-resource-totals--phone" caption={TOTALS_CAPTION}>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col" className="jo-resource-totals__fit">By agency</th>
          <th scope="col" className="jo-resource-totals__fit text-right">All agencies</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((total) => (
          <tr key={total.kind}>
            <th scope="row">{total.kind}</th>
            <td className="jo-resource-totals__fit">
              <ul className="usa-list usa-list--unstyled">
                {committing
                  .filter((agency) => total.byAgency.has(agency.id))
                  .map((agency) => (
                    <li key={agency.id} className="jo-resource-totals__part">
                      <abbr title={agency.name}>{agency.shortName}</abbr> <span>{total.byAgency.get(agency.id)}</span>
                    </li>
                  ))}
              </ul>
            </td>
            <td className="jo-resource-totals__fit text-right text-bold">{total.quantity}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
