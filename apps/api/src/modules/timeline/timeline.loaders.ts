import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById } from '../../core/dataloaders/dataloader.service';
import { TimelineEvent } from './timeline-event.entity';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    timelineEventById: DataLoader<string, TimelineEvent | undefined>;
  }
}

@Injectable()
export class TimelineLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource) {
    dataloaders.register(() => ({ timelineEventById: loaderById(dataSource, TimelineEvent) }));
  }
}
