import type { WorkspaceSection } from './workspace-sections';

/**
 * Each workspace section's code, split from the first load: a component that reads the workspace
 * and loads its own query (useSectionPlan). The routes render it lazily (LazySections.tsx);
 * PlanWorkspaceRoute starts the same import as the section is entered, beside the section's
 * query, so neither waits for the other (the timeline's brings the Gantt chart).
 */
export const SECTION_CODE = {
  overview: () => import('./OverviewSection'),
  objectives: () => import('../objectives/ObjectivesSection'),
  roles: () => import('../roles/RolesSection'),
  checklist: () => import('../checklist/ChecklistRoute'),
  timeline: () => import('../timeline/TimelineRoute'),
  resources: () => import('../resources/ResourcesSection'),
  comms: () => import('../comms/CommsSection'),
  places: () => import('../places/PlacesSection'),
  approvals: () => import('../approvals/ApprovalsSection'),
  operation: () => import('../operation-log/OperationSection'),
  debrief: () => import('../debrief/DebriefSection'),
  report: () => import('../report/ReportSection'),
  activity: () => import('../events/ActivitySection'),
} satisfies Record<WorkspaceSection, () => Promise<unknown>>;
