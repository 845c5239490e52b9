import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById, OperationLoader } from '../../core/dataloaders/dataloader.service';
import { PlanContentService, type PlanContent, type PlanOperation } from './plan-content.service';
import { Plan } from './plan.entity';
import { PlanRepository } from './plan.repository';
import { PlanReadinessService, type ReadinessSubject } from './plan-readiness.service';
import type { AccountabilityFacts } from '@jointops/domain';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    /** Everything in a plan: one query for all plans of the operation. */
    planContent: OperationLoader<string, PlanContent>;
    /** Activity, debriefs, report and corrective actions: one query for all plans of the operation. */
    planOperation: DataLoader<string, PlanOperation>;
    /** Only for plans already known to be visible (e.g. search hits filtered in SQL). */
    planById: DataLoader<string, Plan | undefined>;
    /** Agreements and training readiness reads, for every plan of the operation at once (keyed by plan id). */
    accountabilityFacts: DataLoader<ReadinessSubject, AccountabilityFacts, string>;
    /** When each plan was completed (null: not yet), for every plan of the operation at once. */
    planCompletedAt: DataLoader<string, Date | null>;
    /** When each plan was last activated (null: never), for every plan of the operation at once. */
    planActivatedAt: DataLoader<string, Date | null>;
  }
}

@Injectable()
export class PlanLoaders {
  constructor(dataloaders: DataloaderService, content: PlanContentService, readiness: PlanReadinessService, plans: PlanRepository, @InjectDataSource() dataSource: DataSource) {
    dataloaders.register(() => ({
      planContent: new OperationLoader((ids) => content.load(ids)),
      planOperation: new DataLoader((ids) => content.loadOperation(ids)),
      planById: loaderById(dataSource, Plan),
      accountabilityFacts: new DataLoader((subjects) => readiness.factsOf(subjects), { cacheKeyFn: (subject) => subject.plan.id }),
      planCompletedAt: new DataLoader((ids) => plans.lastEventAt(ids, 'PLAN_COMPLETED')),
      planActivatedAt: new DataLoader((ids) => plans.lastEventAt(ids, 'PLAN_ACTIVATED')),
    }));
  }
}
