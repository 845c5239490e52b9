import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActivityEntry } from './activity-entry.entity';

/** The activity log's table, in the caller's transaction (under the plan's row lock). */
@Injectable()
export class OperationLogRepository {
  append(manager: EntityManager, entry: Pick<ActivityEntry, 'planId' | 'at' | 'authorId' | 'agencyId' | 'text'>): Promise<ActivityEntry> {
    return manager.save(manager.create(ActivityEntry, entry));
  }

  findById(manager: EntityManager, id: string): Promise<ActivityEntry | null> {
    return manager.findOneBy(ActivityEntry, { id });
  }
}
