import { PlanAgenciesPanel } from './PlanAgenciesPanel';
import { PlanDetails } from './PlanDetails';
import { ReadinessPanel } from './ReadinessPanel';
import { useWorkspace } from './workspace-context';

/** `/plans/:id/overview`: details, agencies and readiness. */
export function OverviewSection() {
  const { plan, canEdit, canManageAgencies } = useWorkspace();
  return (
    <>
      <PlanDetails plan={plan} canEdit={canEdit} />
      <PlanAgenciesPanel plan={plan} canManage={canManageAgencies} />
      <ReadinessPanel plan={plan} />
    </>
  );
}
