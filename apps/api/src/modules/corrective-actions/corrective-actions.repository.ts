import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionStatus } from '@jointops/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CorrectiveAction } from './corrective-action.entity';

@Injectable()
export class CorrectiveActionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The action as it is now, read in the caller's transaction. */
  getById(manager: EntityManager, id: string): Promise<CorrectiveAction> {
    return manager.findOneByOrFail(CorrectiveAction, { id });
  }

  /**
   * Actions of plans `p` where `visible` holds (an SQL condition naming the caller's agency as
   * `:agencyId`), by due date, at most 1000.
   */
  list(visible: string, agencyId: string, filter: { owner?: string | null; status?: ActionStatus | null }): Promise<CorrectiveAction[]> {
    const query = this.dataSource.getRepository(CorrectiveAction).createQueryBuilder('a').innerJoin('plans', 'p', 'p.id = a.plan_id').where(visible, { agencyId });
    if (filter.owner) query.andWhere('a.owner_agency_id = :owner', { owner: filter.owner });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    return query.orderBy('a.due_date', 'ASC').addOrderBy('a.created_at', 'ASC').take(1000).getMany();
  }
}
