import { PLAN_COLLECTION_MAX } from '@jointops/domain';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictException, ValidationException } from '../../core/errors/app-exception';
import { hydrate } from '../../database/hydrate';
import type { PlanChange } from './plan-change.service';
import { PlanException } from './plan.exception';

/**
 * Optimistic concurrency for the parts of a plan (docs/architecture.md#the-path-of-a-change): one
 * `UPDATE … WHERE id = $1 AND version = $2`; no row means CONFLICT carrying the entity as it is now.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  change: PlanChange,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  what: string,
): Promise<T> {
  const result = await change.manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion AND plan_id = :planId', { id, expectedVersion, planId: change.plan.id })
    .returning('*')
    .execute();
  const [row] = result.raw as Array<Record<string, unknown>>;
  if (!row) await throwConflictOrMissing(change, entity, id, what);
  return hydrate(change.manager, entity, row);
}

/** Deletes when the version matches and returns the row as it was. */
export async function deleteVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  change: PlanChange,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  what: string,
): Promise<T> {
  const current = await change.manager.findOneBy(entity, { id } as never);
  if (!current || (current as unknown as { planId: string }).planId !== change.plan.id) throw PlanException.notFound(what);
  if (current.version !== expectedVersion) throw conflict(what, current);
  await change.manager.delete(entity, { id } as never);
  return current;
}

export async function insertItem<T extends ObjectLiteral>(change: PlanChange, entity: EntityTarget<T>, row: Partial<T>): Promise<T> {
  const saved = await change.manager.save(entity, change.manager.create(entity, { ...row, planId: change.plan.id } as never));
  return change.manager.findOneByOrFail(entity, { id: (saved as unknown as { id: string }).id } as never);
}

/** A plan holds at most 500 of each kind of part (PLAN_COLLECTION_MAX), so no list grows without bound. */
export async function assertRoomFor(change: PlanChange, table: string, adding: number, field: string): Promise<number> {
  const [{ count }] = await change.manager.query(`SELECT count(*)::int AS count FROM ${table} WHERE plan_id = $1`, [change.plan.id]);
  if (count + adding > PLAN_COLLECTION_MAX) {
    throw ValidationException.of(field, `A plan holds at most ${PLAN_COLLECTION_MAX} of these; it has ${count}.`);
  }
  return count as number;
}

async function throwConflictOrMissing(change: PlanChange, entity: EntityTarget<ObjectLiteral>, id: string, what: string): Promise<never> {
  const current = await change.manager.findOneBy(entity, { id });
  if (!current || current.planId !== change.plan.id) throw PlanException.notFound(what);
  throw conflict(what, current);
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
