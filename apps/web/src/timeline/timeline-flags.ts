import { BlockerCode, computeBlockers } from '@jointops/domain';
import type { TimelineSectionPlanFragment } from '@jointops/web-data';

/** The timeline's readiness blockers per event id (same rule as the server's), as short notes. */
export function timelineFlags(plan: Pick<TimelineSectionPlanFragment, 'startsAt' | 'endsAt' | 'timeline'>): Map<string, string> {
  const blockers = computeBlockers({
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    agencies: [],
    objectives: [],
    roles: [],
    resources: [],
    comms: [],
    places: [],
    checklist: [],
    timeline: plan.timeline,
  });
  const flags = new Map<string, string>();
  for (const blocker of blockers) {
    if (!blocker.entityId) continue;
    const note =
      blocker.code === BlockerCode.TIMELINE_DEPENDENCY_OVERLAP ? 'Starts before a dependency ends' : blocker.code === BlockerCode.TIMELINE_OUTSIDE_WINDOW ? 'Outside the plan window' : null;
    if (!note) continue;
    const existing = flags.get(blocker.entityId);
    flags.set(blocker.entityId, existing && !existing.includes(note) ? `${existing}; ${note.toLowerCase()}` : (existing ?? note));
  }
  return flags;
}
