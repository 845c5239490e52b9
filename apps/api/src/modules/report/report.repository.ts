import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Debrief, DebriefStatus } from '../debriefs/debrief.entity';
import { Objective } from '../objectives/objective.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { AfterActionReport } from './after-action-report.entity';

/** What a report is built from: the plan's objectives, its timeline and its submitted debriefs. */
export interface ReportSources {
  objectives: Objective[];
  events: TimelineEvent[];
  debriefs: Debrief[];
}

/** Reads of the after-action report, in the caller's transaction (under the plan's row lock). */
@Injectable()
export class ReportRepository {
  findByPlan(manager: EntityManager, planId: string): Promise<AfterActionReport | null> {
    return manager.findOneBy(AfterActionReport, { planId });
  }

  async sources(manager: EntityManager, planId: string): Promise<ReportSources> {
    const [objectives, events, debriefs] = await Promise.all([
      manager.find(Objective, { where: { planId }, order: { position: 'ASC' } }),
      manager.find(TimelineEvent, { where: { planId }, order: { startsAt: 'ASC' } }),
      manager.find(Debrief, { where: { planId, status: DebriefStatus.SUBMITTED }, order: { submittedAt: 'ASC' } }),
    ]);
    return { objectives, events, debriefs };
  }
}
