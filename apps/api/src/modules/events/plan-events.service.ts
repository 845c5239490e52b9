import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { PlanEvent } from './plan-event.entity';

export const EVENTS_PAGE_MAX = 1000;

@Injectable()
export class PlanEventsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A plan's events after `afterSeq`, oldest first. */
  list(planId: string, afterSeq: number, limit: number): Promise<PlanEvent[]> {
    return this.dataSource.getRepository(PlanEvent).find({
      where: { planId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: Math.min(Math.max(limit, 0), EVENTS_PAGE_MAX),
    });
  }
}
