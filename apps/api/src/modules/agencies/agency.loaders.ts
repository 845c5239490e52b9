import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById, OperationLoader } from '../../core/dataloaders/dataloader.service';
import { Agency } from './agency.entity';
import { AgencyRepository } from './agency.repository';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    agencyById: OperationLoader<string, Agency | undefined>;
    /** Whether the agency has an active agency lead (Agency.hasAgencyLead), one query per operation. */
    agencyHasLead: OperationLoader<string, boolean>;
  }
}

@Injectable()
export class AgencyLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource, agencies: AgencyRepository) {
    dataloaders.register(() => ({
      agencyById: loaderById(dataSource, Agency),
      agencyHasLead: new OperationLoader(async (ids: readonly string[]) => {
        const led = await agencies.withLead(ids);
        return ids.map((id) => led.has(id));
      }),
    }));
  }
}
