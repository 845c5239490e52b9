import { EmptyState, LiveStatus } from '@jointops/ui';
import { ObjectivesSectionDocument, type ObjectivesSectionQuery } from '@jointops/web-data';
import { useState } from 'react';
import { useWorkspace } from '../plans/workspace-context';
import { useSectionPlan, type SectionPlan } from '../plans/useSectionPlan';
import { ObjectiveForm } from './ObjectiveForm';
import { ObjectiveItem } from './ObjectiveItem';
import { AddPanel, SkipToAddForm } from '../shared/AddPanel';

/** `/plans/:id/objectives`: the ordered objectives and a form to add one. */
export function ObjectivesSection() {
  const { canEdit } = useWorkspace();
  const { plan, fallback } = useSectionPlan(ObjectivesSectionDocument, 'the objectives');
  return plan ? <Objectives plan={plan} canEdit={canEdit} /> : fallback;
}

function Objectives({ plan, canEdit }: { plan: SectionPlan<NonNullable<ObjectivesSectionQuery['plan']>>; canEdit: boolean }) {
  const [status, setStatus] = useState<string | null>(null);
  const objectives = [...plan.objectives].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="objectives-heading">
      <h2 id="objectives-heading" tabIndex={-1}>Objectives</h2>
      <SkipToAddForm target="objectives-add" show={canEdit} />
      <LiveStatus message={status} />
      {objectives.length === 0 ? (
        <EmptyState heading="No objectives yet" headingLevel="h3">
          <p>A plan needs at least one objective, each with success criteria, before review.</p>
        </EmptyState>
      ) : (
        <ol className="usa-list usa-list--unstyled" aria-label="Objectives in order">
          {objectives.map((objective, index) => (
            <ObjectiveItem key={objective.id} planId={plan.id} objective={objective} index={index} count={objectives.length} canEdit={canEdit} roleIds={plan.roles.filter((role) => role.objectives.some((o) => o.id === objective.id)).map((role) => role.id)} onStatus={setStatus} />
          ))}
        </ol>
      )}
      <AddPanel id="objectives-add" heading="Add an objective" show={canEdit}>
        <ObjectiveForm planId={plan.id} onDone={(message) => setStatus(message ?? null)} />
      </AddPanel>
    </section>
  );
}
