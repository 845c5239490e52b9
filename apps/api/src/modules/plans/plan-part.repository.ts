import type { EntityManager, EntityTarget, FindOptionsOrder, ObjectLiteral } from 'typeorm';
import { hydrate } from '../../database/hydrate';

type Versioned = ObjectLiteral & { id: string; version: number };

/**
 * The SQL of one kind of plan part (or any row that belongs to a plan and carries a version),
 * run in the caller's transaction. The rules around it (conflicts, limits, events) are in
 * `plan-items.ts` and `PlanItemsService`.
 */
export class PlanPartRepository<T extends Versioned> {
  private static readonly cache = new Map<EntityTarget<ObjectLiteral>, PlanPartRepository<Versioned>>();

  private constructor(private readonly entity: EntityTarget<T>) {}

  static of<T extends Versioned>(entity: EntityTarget<T>): PlanPartRepository<T> {
    let repository = PlanPartRepository.cache.get(entity);
    if (!repository) {
      repository = new PlanPartRepository(entity as EntityTarget<Versioned>);
      PlanPartRepository.cache.set(entity, repository);
    }
    return repository as unknown as PlanPartRepository<T>;
  }

  /**
   * One statement: `UPDATE … SET …, version = version + 1 (if a value differs) WHERE id AND version
   * AND plan_id RETURNING *`; null when no row matched. Written as SQL from the entity's column metadata rather than built by
   * TypeORM's query builder: every edit runs it while holding the plan's row lock, which the plan's
   * other edits wait for (the concurrent-edits bench, bench/README.md).
   */
  async updateVersioned(manager: EntityManager, planId: string, id: string, expectedVersion: number, changes: Partial<T>): Promise<T | null> {
    const params: unknown[] = [id, expectedVersion, planId];
    const { table, sets } = this.versionedSets(manager, changes, params);
    // An UPDATE's answer through EntityManager.query is [rows, affected].
    const [rows]: [Array<Record<string, unknown>>, number] = await manager.query(`UPDATE ${table} SET ${sets} WHERE id = $1 AND version = $2 AND plan_id = $3 RETURNING *`, params);
    const [row] = rows;
    return row ? this.hydrate(manager, row) : null;
  }

  /**
   * The quoted table and the SET list of a versioned update; each value is pushed onto `params`
   * and named by its position there. The version goes up by one only when a value differs from the
   * stored one (`IS DISTINCT FROM`, so jsonb compares by value and NULL equals NULL): a row that
   * comes back at the version it was asked at did not change.
   */
  versionedSets(manager: EntityManager, changes: Partial<T>, params: unknown[]): { table: string; sets: string } {
    const metadata = manager.connection.getMetadata(this.entity);
    const sets: string[] = [];
    const differs: string[] = [];
    for (const [property, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      const column = metadata.findColumnWithPropertyName(property);
      if (!column || !column.isUpdate || column.relationMetadata) throw new Error(`${metadata.name}.${property} is not a column that can be updated`);
      params.push(manager.connection.driver.preparePersistentValue(value, column));
      sets.push(`"${column.databaseName}" = $${params.length}`);
      differs.push(`"${column.databaseName}" IS DISTINCT FROM $${params.length}`);
    }
    sets.push(differs.length > 0 ? `version = CASE WHEN ${differs.join(' OR ')} THEN version + 1 ELSE version END` : 'version = version');
    return { table: manager.connection.driver.escape(metadata.tableName), sets: sets.join(', ') };
  }

  /** The entity from a row of its table's columns, as a statement returned them. */
  hydrate(manager: EntityManager, row: Record<string, unknown>): T {
    return hydrate(manager, this.entity, row);
  }

  findById(manager: EntityManager, id: string): Promise<T | null> {
    return manager.findOneBy(this.entity, { id } as never);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(this.entity, { id } as never);
  }

  /** Inserts into plan `planId` and reads the row back with the database's defaults. */
  async insert(manager: EntityManager, planId: string, row: Partial<T>): Promise<T> {
    const saved = await manager.save(this.entity, manager.create(this.entity, { ...row, planId } as never));
    return manager.findOneByOrFail(this.entity, { id: (saved as unknown as { id: string }).id } as never);
  }

  countIn(manager: EntityManager, planId: string): Promise<number> {
    return manager.countBy(this.entity, { planId } as never);
  }

  /** The plan's items, in `order` (by id when none is given). */
  listIn(manager: EntityManager, planId: string, order: FindOptionsOrder<T> = { id: 'ASC' } as FindOptionsOrder<T>): Promise<T[]> {
    return manager.find(this.entity, { where: { planId } as never, order });
  }

  /** The plan's items whose id list `property` (objectiveIds, dependsOnIds) holds `id`. */
  linkingTo(manager: EntityManager, planId: string, property: keyof T & string, id: string): Promise<T[]> {
    return manager
      .getRepository(this.entity)
      .createQueryBuilder('item')
      .where(`item.planId = :planId AND :id = ANY(item.${property})`, { planId, id })
      .getMany();
  }

  /** The plan's items whose `property` (a single id column, e.g. placeId) is `id`. */
  referencing(manager: EntityManager, planId: string, property: keyof T & string, id: string): Promise<T[]> {
    return manager.find(this.entity, { where: { planId, [property]: id } as never, order: { id: 'ASC' } as never });
  }

  /** Moves an item without a new version: its own content did not change. */
  async setPosition(manager: EntityManager, id: string, position: number): Promise<void> {
    await manager.update(this.entity, { id } as never, { position } as never);
  }

  /** Frees `position` for an item inserted there: the plan's items at or after it move one down, without a new version. */
  async makeRoomAt(manager: EntityManager, planId: string, position: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ position: () => 'position + 1' } as never)
      .where('plan_id = :planId AND position >= :position', { planId, position })
      .execute();
  }

  /** The position after the plan's last one, for parts kept in order (objectives, checklist). */
  async nextPosition(manager: EntityManager, planId: string): Promise<number> {
    const row = await manager
      .getRepository(this.entity)
      .createQueryBuilder('item')
      .select('coalesce(max(item.position) + 1, 0)::int', 'next')
      .where('item.planId = :planId', { planId })
      .getRawOne<{ next: number }>();
    return row?.next ?? 0;
  }
}
