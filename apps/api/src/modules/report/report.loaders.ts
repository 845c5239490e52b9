import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DataloaderService, OperationLoader } from '../../core/dataloaders/dataloader.service';
import { ReportRepository } from './report.repository';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    /** By plan id: how many debriefs its report is still without (ReportRepository.debriefsOutstanding). */
    debriefsOutstandingByPlan: OperationLoader<string, number>;
  }
}

@Injectable()
export class ReportLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource, reports: ReportRepository) {
    dataloaders.register(() => ({
      debriefsOutstandingByPlan: new OperationLoader(async (planIds) => {
        const counts = await reports.debriefsOutstanding(dataSource.manager, planIds);
        return planIds.map((id) => counts.get(id) ?? 0);
      }),
    }));
  }
}
