import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById, OperationLoader } from '../../core/dataloaders/dataloader.service';
import { SecondFactorRepository } from '../auth/second-factor.repository';
import { User } from './user.entity';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    userById: OperationLoader<string, User | undefined>;
    userHasSecondFactor: OperationLoader<string, boolean>;
  }
}

@Injectable()
export class UserLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource, factors: SecondFactorRepository) {
    dataloaders.register(() => ({
      userById: loaderById(dataSource, User),
      userHasSecondFactor: new OperationLoader<string, boolean>(async (ids) => {
        const withFactor = await factors.withSecondFactor(ids);
        return ids.map((id) => withFactor.has(id));
      }),
    }));
  }
}
