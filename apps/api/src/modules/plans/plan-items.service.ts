import { Injectable } from '@nestjs/common';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { PlanPermission } from './plan-access.service';
import { PlanChangeService, type PlanChange } from './plan-change.service';
import { assertRoomFor, deleteVersioned, insertItem, staleVersion, updateVersioned } from './plan-items';
import { PlanPartRepository } from './plan-part.repository';
import { PlanException } from './plan.exception';

type Versioned = ObjectLiteral & { id: string; version: number };

/** One kind of plan part: its entity, table, event prefix and the word used in messages. */
export interface PlanItemKind<T extends Versioned> {
  entity: EntityTarget<T>;
  table: string;
  /** OBJECTIVE, ROLE, …: events are `<entityType>_ADDED|_UPDATED|_REMOVED`. */
  entityType: string;
  what: string;
}

/** The event of a part's addition, update or removal: `OBJECTIVE_ADDED`, `ROLE_UPDATED`, … */
function partEvent(kind: PlanItemKind<Versioned>, action: 'ADDED' | 'UPDATED' | 'REMOVED'): string {
  return `${kind.entityType}_${action}`;
}

/** Logs what happened to part `id` of `kind`: the part after the change, or null when it went. */
function logPart(change: PlanChange, kind: PlanItemKind<Versioned>, type: string, id: string, data: Versioned | null): void {
  change.log({ type, entityType: kind.entityType, entityId: id, data });
}

/**
 * The add / update / remove flow every plan part shares: find the part's plan, lock and
 * authorize through PlanChangeService, apply with optimistic concurrency, log the event.
 * Each module's service keeps only its own validation.
 */
@Injectable()
export class PlanItemsService {
  constructor(private readonly changes: PlanChangeService) {}

  /** `after` places the new part and restores what points at it (an undone removal's position and links), in the same change. */
  add<T extends Versioned>(
    user: AuthenticatedUser,
    planId: string,
    kind: PlanItemKind<T>,
    build: (change: PlanChange) => Promise<Partial<T>> | Partial<T>,
    after?: (change: PlanChange, added: T) => Promise<void>,
  ): Promise<T> {
    return this.changes.run(user, planId, 'plan.editContent', async (change) => {
      const row = await build(change);
      await assertRoomFor(change, kind.entity, 1, 'input');
      const item = await insertItem(change, kind.entity, row);
      logPart(change, kind, partEvent(kind, 'ADDED'), item.id, item);
      await after?.(change, item);
      return item;
    });
  }

  /** `build` validates and returns the columns to change, given the part as it is now. */
  update<T extends Versioned>(
    user: AuthenticatedUser,
    kind: PlanItemKind<T>,
    id: string,
    expectedVersion: number,
    build: (change: PlanChange, current: T) => Promise<Partial<T>> | Partial<T>,
    eventType = partEvent(kind, 'UPDATED'),
    permission: PlanPermission = 'plan.editContent',
  ): Promise<T> {
    return this.within(
      user,
      kind,
      id,
      async (change) => {
        const current = await PlanPartRepository.of(kind.entity).findById(change.manager, id);
        if (!current) throw PlanException.notFound(kind.what);
        const item = await updateVersioned(change, kind.entity, id, expectedVersion, await build(change, current), kind.what);
        logPart(change, kind, eventType, id, item);
        return item;
      },
      permission,
    );
  }

  /**
   * update() for changes `prepare` can work out from the input alone (it validates and throws on
   * bad input, but reads neither the part nor the plan): they are sent with the plan's lock, one
   * round trip fewer while the plan is locked (PlanChangeService.runUpdatingPart). Bad input takes
   * update()'s path instead, so that, as everywhere, a caller who may not change the plan learns
   * nothing from validation.
   */
  updatePrepared<T extends Versioned>(user: AuthenticatedUser, kind: PlanItemKind<T>, id: string, expectedVersion: number, prepare: () => Partial<T>): Promise<T> {
    let changes: Partial<T>;
    try {
      changes = prepare();
    } catch {
      return this.update(user, kind, id, expectedVersion, prepare);
    }
    return this.changes.runUpdatingPart(
      user,
      { entity: kind.entity, id, expectedVersion, changes },
      'plan.editContent',
      (change) => staleVersion(change, kind.entity, id, kind.what),
      async (change, item) => {
        logPart(change, kind, partEvent(kind, 'UPDATED'), id, item);
        return item;
      },
      kind.what,
    );
  }

  /** `after` tidies what pointed at the removed part (positions, links), in the same change. */
  remove<T extends Versioned>(user: AuthenticatedUser, kind: PlanItemKind<T>, id: string, expectedVersion: number, after?: (change: PlanChange, removed: T) => Promise<void>): Promise<string> {
    return this.within(user, kind, id, (change) => this.removeIn(change, kind, id, expectedVersion, after));
  }

  /** The removal inside a change the caller runs (to check something first, in the same transaction). */
  async removeIn<T extends Versioned>(change: PlanChange, kind: PlanItemKind<T>, id: string, expectedVersion: number, after?: (change: PlanChange, removed: T) => Promise<void>): Promise<string> {
    const removed = await deleteVersioned(change, kind.entity, id, expectedVersion, kind.what);
    logPart(change, kind, partEvent(kind, 'REMOVED'), id, null);
    await after?.(change, removed);
    return id;
  }

  /** Runs a change (content, unless said otherwise) on the plan that holds the part `id`; NOT_FOUND names the part. */
  async within<R>(user: AuthenticatedUser, kind: PlanItemKind<Versioned>, id: string, work: (change: PlanChange) => Promise<R>, permission: PlanPermission = 'plan.editContent'): Promise<R> {
    return this.changes.runOnPart(user, kind.entity, id, permission, work, kind.what);
  }
}
