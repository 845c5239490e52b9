import { Injectable } from '@nestjs/common';
import type { PlanEvent } from './plan-event.entity';
import { PlanEventRepository } from './plan-event.repository';

export const EVENTS_PAGE_MAX = 1000;

@Injectable()
export class PlanEventsService {
  constructor(private readonly events: PlanEventRepository) {}

  /**
   * A plan's events, oldest first: the first `limit` after `afterSeq`, or with `beforeSeq` the last
   * `limit` between the two (a page of older events for a list shown newest first).
   */
  list(planId: string, afterSeq: number, limit: number, beforeSeq: number | null = null): Promise<PlanEvent[]> {
    const take = Math.min(Math.max(limit, 0), EVENTS_PAGE_MAX);
    return beforeSeq === null ? this.events.after(planId, afterSeq, take) : this.events.before(planId, beforeSeq, afterSeq, take);
  }
}
