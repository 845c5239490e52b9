import { Injectable } from '@nestjs/common';
import { isUuid } from '@jointops/domain';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { LiveBus } from '../../core/events/live-bus';
import type { LiveMessage } from '../../core/events/live-message';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { type EventDraft, PlanLogWriter } from './plan-log.writer';
import { voidSignOffs } from './approval-invalidation';
import { PlanChangeObservers } from './plan-change.observers';
import { CONTENT_PERMISSIONS, PlanAccessService, type PlanPermission } from './plan-access.service';
import type { PlanChange } from './plan-change.types';
import type { Plan } from './plan.entity';
import { PlanException } from './plan.exception';
import { PlanRepository } from './plan.repository';

export type { PlanChange } from './plan-change.types';

/**
 * Every change to a plan goes through run(): lock the plan row, authorize, apply, append the
 * change's events (gapless seq, hash chain, revision + 1) in the same transaction, and wake
 * subscribers after commit.
 */
@Injectable()
export class PlanChangeService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly access: PlanAccessService,
    private readonly log: PlanLogWriter,
    private readonly bus: LiveBus,
    private readonly observers: PlanChangeObservers,
  ) {}

  /** `notFoundAs` names the item the caller asked for, so a hidden plan answers like a missing item. */
  async run<T>(
    user: AuthenticatedUser,
    planId: string,
    permission: PlanPermission,
    work: (change: PlanChange) => Promise<T>,
    notFoundAs = 'Plan',
  ): Promise<T> {
    if (!isUuid(planId)) throw PlanException.notFound(notFoundAs);
    return this.runLocked(user, (manager) => this.plans.lockForChange(manager, planId), permission, work, notFoundAs);
  }

  /**
   * run() on the plan that holds part `id` of `entity`, found in the locking statement itself
   * (one round trip fewer than looking it up first). NOT_FOUND names the part (also for ids that
   * are not UUIDs).
   */
  async runOnPart<T>(
    user: AuthenticatedUser,
    entity: EntityTarget<ObjectLiteral>,
    id: string,
    permission: PlanPermission,
    work: (change: PlanChange) => Promise<T>,
    notFoundAs: string,
  ): Promise<T> {
    if (!isUuid(id)) throw PlanException.notFound(notFoundAs);
    return this.runLocked(user, (manager) => this.plans.lockForChangeOfPart(manager, entity, id), permission, work, notFoundAs);
  }

  /**
   * runOnPart() for a versioned update whose `changes` are known before the lock (checked, and
   * depending neither on the part as it is now nor on the plan): the update goes in the locking
   * statement (PlanRepository.lockAndUpdatePart), then the caller is authorized as in run(); a
   * refusal rolls it back. `work` gets the part as updated; a version that does not match throws
   * CONFLICT (or NOT_FOUND) from `onStale`, also after authorizing.
   */
  async runUpdatingPart<T extends ObjectLiteral & { id: string; version: number }, R>(
    user: AuthenticatedUser,
    update: { entity: EntityTarget<T>; id: string; expectedVersion: number; changes: Partial<T> },
    permission: PlanPermission,
    onStale: (change: PlanChange) => Promise<never>,
    work: (change: PlanChange, updated: T) => Promise<R>,
    notFoundAs: string,
  ): Promise<R> {
    if (!isUuid(update.id)) throw PlanException.notFound(notFoundAs);
    return this.runLocked(
      user,
      (manager) => this.plans.lockAndUpdatePart(manager, update.entity, update.id, update.expectedVersion, update.changes),
      permission,
      (change, locked) => {
        if (!locked.updated) return onStale(change);
        if (locked.updated.version === update.expectedVersion) change.unchanged(update.id);
        return work(change, locked.updated);
      },
      notFoundAs,
    );
  }

  private async runLocked<T, L extends { plan: Plan; agencyIds: string[] }>(
    user: AuthenticatedUser,
    lock: (manager: EntityManager) => Promise<L | null>,
    permission: PlanPermission,
    work: (change: PlanChange, locked: L) => Promise<T>,
    notFoundAs: string,
  ): Promise<T> {
    let planId = '';
    let lastSeq = 0;
    const announcements: LiveMessage[] = [];
    const result = await this.plans.transaction(async (manager) => {
      // The row lock serializes every change to this plan.
      const locked = await lock(manager);
      if (!locked) throw PlanException.notFound(notFoundAs);
      planId = locked.plan.id;
      const { plan, agencyIds } = locked;
      await this.access.authorize(user, plan, agencyIds, permission, notFoundAs);

      const drafts: EventDraft[] = [];
      // A part written with the values it had logs nothing (updateVersioned marks it before its event is logged).
      const unchanged = new Set<string>();
      const change: PlanChange = {
        manager,
        plan,
        agencyIds,
        user,
        log: (draft) => {
          if (!unchanged.has(draft.entityId)) drafts.push(draft);
        },
        unchanged: (entityId) => unchanged.add(entityId),
        announce: (message) => announcements.push(message),
      };
      const value = await work(change, locked);
      const content = CONTENT_PERMISSIONS.has(permission);
      if (content && drafts.length > 0) await voidSignOffs(change);
      // Notifications are written here, in the change's own transaction (the outbox).
      if (drafts.length > 0) await this.observers.beforeCommit(change, drafts);
      if (drafts.length > 0) {
        await this.log.append(manager, plan, user.id, drafts, { content });
        lastSeq = plan.lastSeq;
      }
      return value;
    });
    for (const message of announcements) this.bus.publish(message);
    if (lastSeq > 0) await this.bus.publishCommitted({ kind: 'plan-log', planId, seq: lastSeq });
    return result;
  }

  /** Creates a plan and its first contents in one transaction; its events start the log at seq 1. */
  async start<T>(user: AuthenticatedUser, create: (manager: EntityManager) => Promise<Plan>, work: (change: PlanChange) => Promise<T>): Promise<T> {
    let planId = '';
    let lastSeq = 0;
    const result = await this.plans.transaction(async (manager) => {
      const plan = await create(manager);
      planId = plan.id;
      const drafts: EventDraft[] = [];
      const value = await work({ manager, plan, agencyIds: await this.plans.agencyIdsOf(manager, plan.id), user, log: (draft) => drafts.push(draft), unchanged: () => undefined, announce: () => undefined });
      await this.log.append(manager, plan, user.id, drafts, { content: true });
      lastSeq = plan.lastSeq;
      return value;
    });
    void this.bus.publishCommitted({ kind: 'plan-log', planId, seq: lastSeq });
    return result;
  }
}
