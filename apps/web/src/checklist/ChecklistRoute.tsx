import { ChecklistSectionDocument } from '@jointops/web-data';
import { useSectionPlan } from '../plans/useSectionPlan';
import { useWorkspace } from '../plans/workspace-context';
import { ChecklistSection } from './ChecklistSection';

/** `/plans/:id/checklist`: the checklist section over its own query. */
export function ChecklistRoute() {
  const { canEdit, me } = useWorkspace();
  const { plan, fallback } = useSectionPlan(ChecklistSectionDocument, 'the checklist');
  return plan ? <ChecklistSection plan={plan} canEdit={canEdit} me={me} /> : fallback;
}
