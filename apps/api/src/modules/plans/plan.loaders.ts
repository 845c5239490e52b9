import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById, OperationLoader } from '../../core/dataloaders/dataloader.service';
import { PlanContentService, type PlanContent, type PlanOperation } from './plan-content.service';
import { Plan } from './plan.entity';
import { PlanRepository, type PlanRun } from './plan.repository';
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
    /** When each plan was last activated and completed (null: not yet), for every plan of the operation at once. */
    planRun: DataLoader<string, PlanRun>;
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
      planRun: new DataLoader((ids) => plans.ranBetween(ids)),
    }));
  }
}
