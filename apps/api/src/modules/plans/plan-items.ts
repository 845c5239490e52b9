import { PLAN_COLLECTION_MAX } from '@jointops/domain';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictException, ValidationException } from '../../core/errors/app-exception';
import type { PlanChange } from './plan-change.types';
import { PlanPartRepository } from './plan-part.repository';
import { PlanException } from './plan.exception';

type Versioned = ObjectLiteral & { id: string; version: number };

/**
 * Optimistic concurrency for the parts of a plan (docs/architecture.md#the-path-of-a-change): one
 * `UPDATE … WHERE id = $1 AND version = $2`; no row means CONFLICT carrying the entity as it is now.
 * Values equal to the stored ones keep the version, and the change logs nothing about the part.
 */
export async function updateVersioned<T extends Versioned>(change: PlanChange, entity: EntityTarget<T>, id: string, expectedVersion: number, changes: Partial<T>, what: string): Promise<T> {
  const repository = PlanPartRepository.of(entity);
  const updated = await repository.updateVersioned(change.manager, change.plan.id, id, expectedVersion, changes);
  if (!updated) return staleVersion(change, entity, id, what);
  if (updated.version === expectedVersion) change.unchanged(id);
  return updated;
}

/** A versioned write matched no row: CONFLICT with the part as it is now, or NOT_FOUND if it is gone from the plan. */
export async function staleVersion<T extends Versioned>(change: PlanChange, entity: EntityTarget<T>, id: string, what: string): Promise<never> {
  throw conflict(what, await currentIn(change, PlanPartRepository.of(entity), id, what));
}

/**
 * A part's links to others (a role's objectives, an event's dependencies) as a set: the same ids in
 * another order are the links it has, kept as stored, so the save changes nothing (the pages show
 * links in the plan's order, and the content hash does not depend on theirs).
 */
export function linksAsSet(next: readonly string[], current: readonly string[]): string[] {
  const unique = [...new Set(next)];
  return unique.length === current.length && unique.every((id) => current.includes(id)) ? [...current] : unique;
}

/** Deletes when the version matches and returns the row as it was. */
export async function deleteVersioned<T extends Versioned>(change: PlanChange, entity: EntityTarget<T>, id: string, expectedVersion: number, what: string): Promise<T> {
  const repository = PlanPartRepository.of(entity);
  const current = await currentIn(change, repository, id, what);
  if (current.version !== expectedVersion) throw conflict(what, current);
  await repository.delete(change.manager, id);
  return current;
}

export function insertItem<T extends Versioned>(change: PlanChange, entity: EntityTarget<T>, row: Partial<T>): Promise<T> {
  return PlanPartRepository.of(entity).insert(change.manager, change.plan.id, row);
}

/** A plan holds at most 500 of each kind of part (PLAN_COLLECTION_MAX), so no list grows without bound. */
export async function assertRoomFor(change: PlanChange, entity: EntityTarget<Versioned>, adding: number, field: string): Promise<number> {
  const count = await PlanPartRepository.of(entity).countIn(change.manager, change.plan.id);
  if (count + adding > PLAN_COLLECTION_MAX) {
    throw ValidationException.of(field, `A plan holds at most ${PLAN_COLLECTION_MAX} of these; it has ${count}.`);
  }
  return count;
}

/** The row as it is now, if it is in the changed plan; NOT_FOUND naming `what` otherwise. */
async function currentIn<T extends Versioned>(change: PlanChange, repository: PlanPartRepository<T>, id: string, what: string): Promise<T> {
  const current = await repository.findById(change.manager, id);
  if (!current || (current as unknown as { planId: string }).planId !== change.plan.id) throw PlanException.notFound(what);
  return current;
}

function conflict(what: string, current: ObjectLiteral): ConflictException {
  return new ConflictException(`${what} was changed by someone else; it is now at version ${current.version}.`, current.version, current);
}

/** The agency must take part in the plan (roles, resources, channels and events are per agency). */
export function assertParticipating(change: PlanChange, agencyId: string | null | undefined, field: string): void {
  if (agencyId != null && !change.agencyIds.includes(agencyId)) {
    throw ValidationException.of(field, 'This agency does not take part in the plan.');
  }
}

/** Ids given for a list must all name items of this plan. */
export function assertAllIn(ids: readonly string[], known: ReadonlySet<string>, field: string, what: string): void {
  if (ids.length > PLAN_COLLECTION_MAX) throw ValidationException.of(field, `At most ${PLAN_COLLECTION_MAX} items.`);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw ValidationException.of(field, `Not ${what} of this plan: ${unknown.join(', ')}.`);
}
