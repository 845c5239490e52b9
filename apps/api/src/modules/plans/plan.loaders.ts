import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById } from '../../core/dataloaders/dataloader.service';
import { PlanContentService, type PlanContent, type PlanOperation } from './plan-content.service';
import { Plan } from './plan.entity';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    /** Everything in a plan: one query for all plans of the operation. */
    planContent: DataLoader<string, PlanContent>;
    /** Activity, debriefs, report and corrective actions: one query for all plans of the operation. */
    planOperation: DataLoader<string, PlanOperation>;
    /** Only for plans already known to be visible (e.g. search hits filtered in SQL). */
    planById: DataLoader<string, Plan | undefined>;
  }
}

@Injectable()
export class PlanLoaders {
  constructor(dataloaders: DataloaderService, content: PlanContentService, @InjectDataSource() dataSource: DataSource) {
    dataloaders.register(() => ({
      planContent: new DataLoader((ids) => content.load(ids)),
      planOperation: new DataLoader((ids) => content.loadOperation(ids)),
      planById: loaderById(dataSource, Plan),
    }));
  }
}
