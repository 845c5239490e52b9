import { Injectable } from '@nestjs/common';
import type { PlanEvent } from './plan-event.entity';
import { PlanEventRepository } from './plan-event.repository';

export const EVENTS_PAGE_MAX = 1000;

@Injectable()
export class PlanEventsService {
  constructor(private readonly events: PlanEventRepository) {}

  /** A plan's events after `afterSeq`, oldest first. */
  list(planId: string, afterSeq: number, limit: number): Promise<PlanEvent[]> {
    return this.events.after(planId, afterSeq, Math.min(Math.max(limit, 0), EVENTS_PAGE_MAX));
  }
}
