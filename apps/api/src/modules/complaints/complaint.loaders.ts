import { Injectable } from '@nestjs/common';
import { DataloaderService, OperationLoader } from '../../core/dataloaders/dataloader.service';
import type { ComplaintChange } from './complaint.entity';
import { ComplaintsRepository } from './complaints.repository';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    /** Complaint.history: one query for every complaint of the operation. */
    complaintHistory: OperationLoader<string, ComplaintChange[]>;
  }
}

@Injectable()
export class ComplaintLoaders {
  constructor(dataloaders: DataloaderService, repository: ComplaintsRepository) {
    dataloaders.register(() => ({
      complaintHistory: new OperationLoader(async (ids) => {
        const rows = await repository.history(ids);
        return ids.map((id) => rows.filter((row) => row.complaintId === id));
      }),
    }));
  }
}
