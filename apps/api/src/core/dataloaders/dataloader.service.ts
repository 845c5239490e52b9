import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Agency } from '../../modules/agencies/agency.entity';
import { AgenciesService } from '../../modules/agencies/agencies.service';
import { PlanContentService, type PlanContent } from '../../modules/plans/plan-content.service';
import { User } from '../../modules/users/user.entity';
import { UsersService } from '../../modules/users/users.service';

export interface Loaders {
  agencyById: DataLoader<string, Agency | undefined>;
  userById: DataLoader<string, User | undefined>;
  /** Everything in a plan: one query per table for all plans of the operation. */
  planContent: DataLoader<string, PlanContent>;
}

/** Builds fresh loaders for each operation, so nothing is cached across users or requests. */
@Injectable()
export class DataloaderService {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly planContent: PlanContentService,
  ) {}

  create(): Loaders {
    return {
      agencyById: new DataLoader((ids) => this.agencies.findByIds(ids)),
      userById: new DataLoader((ids) => this.users.findByIds(ids)),
      planContent: new DataLoader((ids) => this.planContent.load(ids)),
    };
  }
}
