import { BlockerCode, computeBlockers, computeWarnings, isAccountabilityBlocker, withAccountabilityBlockers, type Blocker, type ReadinessWarning } from '@jointops/domain';
import type { ReadinessContentFragment } from '@jointops/web-data';

/** What the readiness rules read of a plan: the overview's own query loads it (`ReadinessContent`). */
export type ReadinessPlan = Omit<ReadinessContentFragment, 'roles'> & {
  roles: ReadonlyArray<{ id: string; title: string; agency: { id: string }; assignee?: { id: string } | null }>;
};

/** A blocker as the server sent it (`Plan.readiness`). */
export type ServerBlocker = { code: string; message?: string | null; entityId?: string | null };

/**
 * The readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), from the cached plan
 * (so they follow edits at once), judged at `now` (whether the window has started). Agreement and
 * training blockers need records only the server reads: they are taken from the server's last
 * readiness (`server`), which is read again after every edit and on READINESS_CHANGED.
 */
export function clientBlockers(plan: ReadinessPlan, now: number = Date.now(), server: ReadonlyArray<ServerBlocker> = []): Blocker[] {
  const fromServer = server.filter(isAccountabilityBlocker);
  return withAccountabilityBlockers(
    contentBlockers(plan, now),
    fromServer.map((blocker) => ({ code: blocker.code, message: blocker.message ?? '', entityId: blocker.entityId ?? null })),
  );
}

function contentBlockers(plan: ReadinessPlan, now: number): Blocker[] {
  return computeBlockers(
    {
      status: plan.status,
      startsAt: plan.startsAt,
      endsAt: plan.endsAt,
      agencies: plan.agencies,
      objectives: plan.objectives,
      roles: plan.roles.map((role) => ({ id: role.id, title: role.title, agencyId: role.agency.id, assigneeId: role.assignee?.id ?? null })),
      resources: plan.resources.map((resource) => ({ agencyId: resource.agency.id, quantity: resource.quantity })),
      comms: plan.comms,
      places: plan.places,
      checklist: plan.checklist,
      timeline: plan.timeline,
      operationType: plan.operationType,
      leadAgencyId: plan.leadAgency.id,
    },
    { now },
  );
}

/** The readiness warnings (worth a look, never blocking), from the cached plan's places: the server's rule, so they follow edits at once. */
export function clientWarnings(plan: Pick<ReadinessPlan, 'places'>): ReadinessWarning[] {
  return computeWarnings(plan);
}

/** Where a warning is looked at: the place it is about, in the Places section. */
export function warningHref(planId: string, warning: Pick<ReadinessWarning, 'entityId'>): string {
  return `/plans/${planId}/places${warning.entityId ? `#place-${warning.entityId}` : ''}`;
}

/** Where a blocker is fixed: the section, and the item's anchor when it is about one. */
export function blockerHref(planId: string, blocker: Pick<Blocker, 'code' | 'entityId'>): string {
  const base = `/plans/${planId}`;
  const id = blocker.entityId;
  switch (blocker.code) {
    case BlockerCode.NO_WINDOW:
    case BlockerCode.WINDOW_STARTED:
    case BlockerCode.OPERATION_TYPE_MISSING:
      return `${base}/overview#plan-details-heading`;
    case BlockerCode.AGENCY_WITHOUT_LEAD:
      return `${base}/overview#plan-agencies-heading`;
    case BlockerCode.AGREEMENT_MISSING:
    case BlockerCode.AGREEMENT_SCOPE:
      return `${base}/overview#plan-agreements-heading`;
    case BlockerCode.TRAINING_MISSING:
      return `${base}/roles${id ? `#role-${id}` : ''}`;
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
    case BlockerCode.NO_COMMAND_POST:
      return `${base}/places`;
    default:
      return `${base}/overview`;
  }
}
