import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SecurityLogRepository, type SecurityEventInput } from './security-log.repository';

export type { SecurityEventInput, SecurityEventType } from './security-log.repository';

@Injectable()
export class SecurityLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: SecurityLogRepository,
  ) {}

  /** Records the event in the given transaction, or on its own. */
  record(event: SecurityEventInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    return this.events.insert(manager, event);
  }
}
