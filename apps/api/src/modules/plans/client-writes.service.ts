import { Injectable } from '@nestjs/common';
import { clientKeyProblem, type OfflineWrite } from '@jointops/domain';
import type { EntityManager } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { PlanChange } from './plan-change.types';
import { ClientWritesRepository } from './client-writes.repository';

/**
 * Idempotent writes for the offline queue (issue 19). Called inside a plan change, after the plan
 * is locked and the caller authorized: the first use of a user's client key runs the write and
 * remembers what it made; the same key again returns that entity as it is now and writes nothing
 * (no event, no new revision). A key once used for another write or plan is refused.
 */
@Injectable()
export class ClientWritesService {
  constructor(private readonly writes: ClientWritesRepository) {}

  async once<T extends { id: string }>(
    change: PlanChange,
    clientKey: string | null | undefined,
    operation: OfflineWrite,
    load: (manager: EntityManager, id: string) => Promise<T | null>,
    write: () => Promise<T>,
  ): Promise<T> {
    if (clientKey == null) return write();
    const problem = clientKeyProblem(clientKey);
    if (problem) throw ValidationException.of('clientKey', problem);
    const { manager, user, plan } = change;
    const earlier = await this.writes.find(manager, user.id, clientKey);
    if (earlier) {
      if (earlier.operation !== operation || earlier.planId !== plan.id) throw used();
      const made = await load(manager, earlier.entityId);
      if (made) return made;
    }
    const made = await write();
    if (!earlier && !(await this.writes.remember(manager, user.id, clientKey, { operation, planId: plan.id, entityId: made.id }))) throw used();
    return made;
  }
}

const used = () => ValidationException.of('clientKey', 'This client key was already used for another write.');
