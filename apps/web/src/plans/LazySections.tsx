import { lazy, Suspense } from 'react';
import { useWorkspace } from './workspace-context';

// Loaded on first visit, so the Gantt library stays out of the first-load bundle.
const ChecklistSection = lazy(() => import('../checklist/ChecklistSection').then((m) => ({ default: m.ChecklistSection })));
const TimelineSection = lazy(() => import('../timeline/TimelineSection').then((m) => ({ default: m.TimelineSection })));

function Loading({ what }: { what: string }) {
  return (
    <p role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** `/plans/:id/checklist`. */
export function ChecklistRoute() {
  const { plan, canEdit, me } = useWorkspace();
  return (
    <Suspense fallback={<Loading what="the checklist" />}>
      <ChecklistSection plan={plan} canEdit={canEdit} me={me} />
    </Suspense>
  );
}

/** `/plans/:id/timeline`. */
export function TimelineRoute() {
  const { plan, canEdit, me } = useWorkspace();
  return (
    <Suspense fallback={<Loading what="the timeline" />}>
      <TimelineSection plan={plan} canEdit={canEdit} me={me} />
    </Suspense>
  );
}
