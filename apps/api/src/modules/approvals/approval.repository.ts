import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Approval, ApprovalStatus } from './approval.entity';

/** A plan's approvals, read and written in the caller's change (the plan row is locked). */
@Injectable()
export class ApprovalRepository {
  /** Drops every earlier approval of the plan and creates one PENDING approval per agency, in the order given. */
  async requestAll(manager: EntityManager, planId: string, agencyIds: readonly string[]): Promise<Approval[]> {
    await manager.delete(Approval, { planId });
    const created: Approval[] = [];
    for (const agencyId of agencyIds) created.push(await manager.save(manager.create(Approval, { planId, agencyId, status: ApprovalStatus.PENDING, comment: '' })));
    return created;
  }

  forAgency(manager: EntityManager, planId: string, agencyId: string): Promise<Approval> {
    return manager.findOneByOrFail(Approval, { planId, agencyId });
  }

  listFor(manager: EntityManager, planId: string): Promise<Approval[]> {
    return manager.find(Approval, { where: { planId } });
  }

  save(manager: EntityManager, approval: Approval): Promise<Approval> {
    return manager.save(approval);
  }
}
