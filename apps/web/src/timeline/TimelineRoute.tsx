import { TimelineSectionDocument } from '@jointops/web-data';
import { useSectionPlan } from '../plans/useSectionPlan';
import { useWorkspace } from '../plans/workspace-context';
import { TimelineSection } from './TimelineSection';

/** `/plans/:id/timeline`: the timeline section over its own query (no other part of the plan). */
export function TimelineRoute() {
  const { canEdit, me } = useWorkspace();
  const { plan, fallback } = useSectionPlan(TimelineSectionDocument, 'the timeline');
  return plan ? <TimelineSection plan={plan} canEdit={canEdit} me={me} /> : fallback;
}
