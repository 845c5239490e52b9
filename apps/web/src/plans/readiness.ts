import { BlockerCode, computeBlockers, type Blocker } from '@jointops/domain';
import type { WorkspacePlan } from './workspace-types';

/** What the readiness rules read from the workspace plan. */
export type ReadinessPlan = Pick<WorkspacePlan, 'id' | 'startsAt' | 'endsAt' | 'agencies' | 'objectives' | 'checklist'> & {
  roles: ReadonlyArray<{ agency: { id: string } }>;
  timeline: ReadonlyArray<{ id: string; title: string; startsAt: string; endsAt: string; dependsOn: ReadonlyArray<{ id: string }> }>;
};

/** The readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), from the cached plan (so they follow edits at once). */
export function clientBlockers(plan: ReadinessPlan): Blocker[] {
  return computeBlockers({
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    agencies: plan.agencies,
    objectives: plan.objectives,
    roles: plan.roles.map((role) => ({ agencyId: role.agency.id })),
    checklist: plan.checklist,
    timeline: plan.timeline.map((event) => ({ ...event, dependsOnIds: event.dependsOn.map((d) => d.id) })),
  });
}

/** Where a blocker is fixed: the section, and the item's anchor when it is about one. */
export function blockerHref(planId: string, blocker: Pick<Blocker, 'code' | 'entityId'>): string {
  const base = `/plans/${planId}`;
  const id = blocker.entityId;
  switch (blocker.code) {
    case BlockerCode.NO_OBJECTIVES:
      return `${base}/objectives`;
    case BlockerCode.OBJECTIVE_WITHOUT_CRITERIA:
      return `${base}/objectives${id ? `#objective-${id}` : ''}`;
    case BlockerCode.AGENCY_WITHOUT_ROLE:
      return `${base}/roles${id ? `#agency-${id}` : ''}`;
    case BlockerCode.REQUIRED_CHECKLIST_OPEN:
      return `${base}/checklist${id ? `#checklist-${id}` : ''}`;
    case BlockerCode.TIMELINE_DEPENDENCY_OVERLAP:
    case BlockerCode.TIMELINE_OUTSIDE_WINDOW:
      return `${base}/timeline${id ? `#timeline-${id}` : ''}`;
    default:
      return `${base}/overview`;
  }
}
