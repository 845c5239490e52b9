import { Injectable } from '@nestjs/common';
import { DataloaderService, OperationLoader } from '../../core/dataloaders/dataloader.service';
import { AgreementReadsService } from './agreement-reads.service';
import type { Agreement, AgreementChange } from './agreement.types';
import { AgreementsRepository } from './agreements.repository';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    /** Plan.agreements: one query for every plan of the operation. */
    planAgreements: OperationLoader<string, Agreement[]>;
    /** Agreement.history: one query for every agreement of the operation. */
    agreementHistory: OperationLoader<string, AgreementChange[]>;
  }
}

@Injectable()
export class AgreementLoaders {
  constructor(dataloaders: DataloaderService, reads: AgreementReadsService, repository: AgreementsRepository) {
    dataloaders.register(() => ({
      planAgreements: new OperationLoader(async (planIds) => {
        const byPlan = await reads.coveringPlans(planIds);
        return planIds.map((id) => byPlan.get(id) ?? []);
      }),
      agreementHistory: new OperationLoader(async (ids) => {
        const rows = await repository.history(ids);
        return ids.map((id) => rows.filter((row) => row.agreementId === id));
      }),
    }));
  }
}
