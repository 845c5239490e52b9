import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById, type OperationLoader } from '../../core/dataloaders/dataloader.service';
import { Agency } from './agency.entity';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    agencyById: OperationLoader<string, Agency | undefined>;
  }
}

@Injectable()
export class AgencyLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource) {
    dataloaders.register(() => ({ agencyById: loaderById(dataSource, Agency) }));
  }
}
