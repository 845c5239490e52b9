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
  signed: ({ id, title, phase, startsAt, endsAt, agencyId, dependsOnIds, notes }) => ({ id, title, phase, startsAt, endsAt, agencyId, dependsOnIds: [...dependsOnIds].sort(), notes }),
});
