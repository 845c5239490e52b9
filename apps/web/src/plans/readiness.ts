import { BlockerCode, computeBlockers, type Blocker } from '@jointops/domain';
import type { WorkspacePlan } from './workspace-types';

/** What the readiness rules read from the workspace plan. */
export type ReadinessPlan = Pick<WorkspacePlan, 'id' | 'status' | 'startsAt' | 'endsAt' | 'agencies' | 'objectives' | 'checklist'> & {
  roles: ReadonlyArray<{ id: string; title: string; agency: { id: string }; assignee?: { id: string } | null }>;
  resources: ReadonlyArray<{ agency: { id: string } }>;
  comms: ReadonlyArray<{ id: string }>;
  timeline: ReadonlyArray<{ id: string; title: string; startsAt: string; endsAt: string; dependsOn: ReadonlyArray<{ id: string }> }>;
};

/**
 * The readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), from the cached plan
 * (so they follow edits at once), judged at `now` (whether the window has started).
 */
export function clientBlockers(plan: ReadinessPlan, now: number = Date.now()): Blocker[] {
  return computeBlockers(
    {
      status: plan.status,
      startsAt: plan.startsAt,
      endsAt: plan.endsAt,
      agencies: plan.agencies,
      objectives: plan.objectives,
      roles: plan.roles.map((role) => ({ id: role.id, title: role.title, agencyId: role.agency.id, assigneeId: role.assignee?.id ?? null })),
      resources: plan.resources.map((resource) => ({ agencyId: resource.agency.id })),
      comms: plan.comms,
      checklist: plan.checklist,
      timeline: plan.timeline.map((event) => ({ ...event, dependsOnIds: event.dependsOn.map((d) => d.id) })),
    },
    { now },
  );
}

/** Where a blocker is fixed: the section, and the item's anchor when it is about one. */
export function blockerHref(planId: string, blocker: Pick<Blocker, 'code' | 'entityId'>): string {
  const base = `/plans/${planId}`;
  const id = blocker.entityId;
  switch (blocker.code) {
    case BlockerCode.NO_WINDOW:
    case BlockerCode.WINDOW_STARTED:
      return `${base}/overview#plan-details-heading`;
    case BlockerCode.NO_OBJECTIVES:
      return `${base}/objectives`;
    case BlockerCode.OBJECTIVE_WITHOUT_CRITERIA:
      return `${base}/objectives${id ? `#objective-${id}` : ''}`;
    case BlockerCode.AGENCY_WITHOUT_ROLE:
      return `${base}/roles${id ? `#agency-${id}` : ''}`;
    case BlockerCode.ROLE_WITHOUT_ASSIGNEE:
      return `${base}/roles${id ? `#role-${id}` : ''}`;
    case BlockerCode.AGENCY_WITHOUT_RESOURCE:
      return `${base}/resources${id ? `#resources-agency-${id}` : ''}`;
    case BlockerCode.REQUIRED_CHECKLIST_OPEN:
      return `${base}/checklist${id ? `#checklist-${id}` : ''}`;
    case BlockerCode.NO_TIMELINE:
      return `${base}/timeline`;
    case BlockerCode.TIMELINE_DEPENDENCY_OVERLAP:
    case BlockerCode.TIMELINE_OUTSIDE_WINDOW:
      return `${base}/timeline${id ? `#timeline-${id}` : ''}`;
    case BlockerCode.NO_COMMS:
      return `${base}/comms`;
    default:
      return `${base}/overview`;
  }
}
