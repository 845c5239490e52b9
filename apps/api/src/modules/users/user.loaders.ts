import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById } from '../../core/dataloaders/dataloader.service';
import { User } from './user.entity';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    userById: DataLoader<string, User | undefined>;
  }
}

@Injectable()
export class UserLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource) {
    dataloaders.register(() => ({ userById: loaderById(dataSource, User) }));
  }
}
