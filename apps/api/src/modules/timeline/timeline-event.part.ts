import { TIMELINE_PART } from '@jointops/domain';
import { registerPlanPart } from '../plans/plan-part.registry';
import { TimelineEvent } from './timeline-event.entity';

declare module '../plans/plan-content.service' {
  interface PlanContent {
    timeline: TimelineEvent[];
  }
}

export const TIMELINE_EVENT = registerPlanPart({
  part: TIMELINE_PART,
  entity: TimelineEvent,
  table: 'timeline_events',
  order: 'starts_at, ends_at, id',
  dates: ['startsAt', 'endsAt', 'actualStartsAt', 'actualEndsAt'],
  heldByAgency: true,
  // The place is left out while unset, so events hash as they did before places existed.
  signed: ({ id, title, phase, startsAt, endsAt, agencyId, dependsOnIds, notes, placeId }) => ({ id, title, phase, startsAt, endsAt, agencyId, dependsOnIds: [...dependsOnIds].sort(), notes, ...(placeId ? { placeId } : {}) }),
});
