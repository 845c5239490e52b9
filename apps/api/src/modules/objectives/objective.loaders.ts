import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById } from '../../core/dataloaders/dataloader.service';
import { Objective } from './objective.entity';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    objectiveById: DataLoader<string, Objective | undefined>;
  }
}

@Injectable()
export class ObjectiveLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource) {
    dataloaders.register(() => ({ objectiveById: loaderById(dataSource, Objective) }));
  }
}
