import { LoadingStatus } from '@jointops/ui';
import { lazy, Suspense } from 'react';
import { SECTION_CODE } from './section-code';
import { SECTION_LABELS, type WorkspaceSection } from './workspace-sections';

// Every section is its own chunk (the Gantt library, forms and the after-action pages stay out of
// the first load); PlanWorkspaceRoute preloads the one being entered.
const SECTIONS: Record<WorkspaceSection, ReturnType<typeof lazy>> = {
  overview: lazy(() => SECTION_CODE.overview().then((m) => ({ default: m.OverviewSection }))),
  objectives: lazy(() => SECTION_CODE.objectives().then((m) => ({ default: m.ObjectivesSection }))),
  roles: lazy(() => SECTION_CODE.roles().then((m) => ({ default: m.RolesSection }))),
  checklist: lazy(() => SECTION_CODE.checklist().then((m) => ({ default: m.ChecklistRoute }))),
  timeline: lazy(() => SECTION_CODE.timeline().then((m) => ({ default: m.TimelineRoute }))),
  resources: lazy(() => SECTION_CODE.resources().then((m) => ({ default: m.ResourcesSection }))),
  comms: lazy(() => SECTION_CODE.comms().then((m) => ({ default: m.CommsSection }))),
  places: lazy(() => SECTION_CODE.places().then((m) => ({ default: m.PlacesSection }))),
  approvals: lazy(() => SECTION_CODE.approvals().then((m) => ({ default: m.ApprovalsSection }))),
  operation: lazy(() => SECTION_CODE.operation().then((m) => ({ default: m.OperationSection }))),
  debrief: lazy(() => SECTION_CODE.debrief().then((m) => ({ default: m.DebriefSection }))),
  report: lazy(() => SECTION_CODE.report().then((m) => ({ default: m.ReportSection }))),
  activity: lazy(() => SECTION_CODE.activity().then((m) => ({ default: m.ActivitySection }))),
};

/** `/plans/:id/<section>`: the section's code, loaded on first visit. */
export function LazySection({ section }: { section: WorkspaceSection }) {
  const Section = SECTIONS[section];
  return (
    <Suspense fallback={<LoadingStatus>Loading the {SECTION_LABELS[section].toLowerCase()} section…</LoadingStatus>}>
      <Section />
    </Suspense>
  );
}
