import { PlanAgreementsPanel } from '../agreements/PlanAgreementsPanel';
import { PlacesOverview } from '../places/PlacesOverview';
import { PlanAgenciesPanel } from './PlanAgenciesPanel';
import { PlanDetails } from './PlanDetails';
import { ReadinessPanel } from './ReadinessPanel';
import { OverviewSectionDocument } from '@jointops/web-data';
import { useSectionPlan } from './useSectionPlan';
import { useWorkspace } from './workspace-context';

/** The agreement blockers the server reports, as one string: it changes when an agreement change moves readiness. */
const agreementBlockersKey = (blockers: ReadonlyArray<{ code: string; entityId?: string | null }>) =>
  blockers
    .filter((blocker) => blocker.code === 'AGREEMENT_MISSING' || blocker.code === 'AGREEMENT_SCOPE')
    .map((blocker) => `${blocker.code}:${blocker.entityId ?? ''}`)
    .join(',');

/** `/plans/:id/overview`: details, agencies, the agreements that cover them, the places, and readiness. */
export function OverviewSection() {
  const { plan, canEdit, canManageAgencies } = useWorkspace();
  // Readiness reads the plan's content: the overview's own query loads what its rules read.
  const content = useSectionPlan(OverviewSectionDocument, 'readiness');
  return (
    <>
      <PlanDetails plan={plan} canEdit={canEdit} />
      <PlanAgenciesPanel plan={plan} canManage={canManageAgencies} />
      <PlanAgreementsPanel planId={plan.id} refreshKey={agreementBlockersKey(plan.readiness.accountabilityBlockers)} />
      {content.plan ? (
        <>
          <PlacesOverview planId={plan.id} places={content.plan.places} canEdit={canEdit} />
          <ReadinessPanel plan={content.plan} />
        </>
      ) : (
        content.fallback
      )}
    </>
  );
}
