import { Injectable } from '@nestjs/common';
import { DataloaderService, OperationLoader } from '../../core/dataloaders/dataloader.service';
import type { Course } from './course.entity';
import { TrainingRepository } from './training.repository';

declare module '../../core/dataloaders/dataloader.service' {
  interface Loaders {
    courseById: OperationLoader<string, Course | undefined>;
  }
}

/** A training record's course, batched per operation (its user and recorder use `userById`). */
@Injectable()
export class TrainingLoaders {
  constructor(dataloaders: DataloaderService, repository: TrainingRepository) {
    dataloaders.register(() => ({
      courseById: new OperationLoader<string, Course | undefined>(async (ids) => {
        const byId = new Map((await repository.coursesById(ids)).map((course) => [course.id, course]));
        return ids.map((id) => byId.get(id));
      }),
    }));
  }
}
