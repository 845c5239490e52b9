import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DataloaderService, loaderById, OperationLoader } from '../../core/dataloaders/dataloader.service';
import { SecondFactorRepository } from '../auth/second-factor.repository';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    userById: OperationLoader<string, User | undefined>;
    userHasSecondFactor: OperationLoader<string, boolean>;
    /** The active agency leads of an agency (who sign for it), by name; one query per operation. */
    agencyLeads: OperationLoader<string, User[]>;
  }
}

@Injectable()
export class UserLoaders {
  constructor(dataloaders: DataloaderService, @InjectDataSource() dataSource: DataSource, factors: SecondFactorRepository, users: UserRepository) {
    dataloaders.register(() => ({
      userById: loaderById(dataSource, User),
      userHasSecondFactor: new OperationLoader<string, boolean>(async (ids) => {
        const withFactor = await factors.withSecondFactor(ids);
        return ids.map((id) => withFactor.has(id));
      }),
      agencyLeads: new OperationLoader<string, User[]>(async (agencyIds) => {
        const leads = await users.leadsOf(agencyIds);
        return agencyIds.map((agencyId) => leads.filter((lead) => lead.agencyId === agencyId));
      }),
    }));
  }
}
