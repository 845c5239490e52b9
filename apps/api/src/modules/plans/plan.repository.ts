import { Injectable } from '@nestjs/common';
import { PLAN_STATUSES, type OrderDirection, type PlanOrderField } from '@jointops/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { ChecklistTemplate } from '../checklist/checklist-template.entity';
import { hydrate } from '../../database/hydrate';
import { PlanPartRepository } from './plan-part.repository';
import { Plan } from './plan.entity';
import { preparedQuery } from '../../core/database/prepared-query';

/** A visibility rule as SQL on the plans alias it is given (PlanAccessService.visibleCondition), with its parameters. */
export interface Visibility {
  condition(alias: string): string;
  params: Record<string, unknown>;
}

/** A sort order of the plan list. */
export interface PlanListOrder {
  field: PlanOrderField;
  direction: OrderDirection;
}

export const NEWEST_FIRST: PlanListOrder = { field: 'CREATED_AT', direction: 'DESC' };

/** The SQL a list sorts on, on the plans alias given. Status sorts in lifecycle order; plans without a window come last either way. */
export function planSortKey(alias: string, { field, direction }: PlanListOrder): string {
  switch (field) {
    case 'CREATED_AT':
      return `${alias}.created_at`;
    case 'UPDATED_AT':
      return `${alias}.updated_at`;
    case 'TITLE':
      // Code-point order of the lower-cased title: the same on every server, whatever its default collation.
      return `lower(${alias}.title) COLLATE "C"`;
    case 'STATUS':
      return `array_position(ARRAY[${PLAN_STATUSES.map((status) => `'${status}'`).join(', ')}]::text[], ${alias}.status)`;
    case 'STARTS_AT':
      return `COALESCE(${alias}.starts_at, '${direction === 'DESC' ? '-' : ''}infinity'::timestamptz)`;
  }
}

/** The columns of a plan that change with its version: its fields and its lifecycle. */
/** When a plan ran: its last activation and completion (null: not yet). */
export interface PlanRun {
  activatedAt: Date | null;
  completedAt: Date | null;
}

export type PlanFields = Partial<Pick<Plan, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'timeZone' | 'operationType' | 'status' | 'cancelReason'>>;

/**
 * The one versioned write of a locked plan (PlanRepository.bumpVersion, and the lifecycle steps of
 * plan-status.ts, which run without injection): the fields change and the version goes up by one.
 */
export async function bumpPlanVersion(manager: EntityManager, plan: Plan, fields: PlanFields): Promise<void> {
  Object.assign(plan, fields, { version: plan.version + 1, updatedAt: new Date() });
  await manager.update(Plan, { id: plan.id }, { ...fields, version: plan.version, updatedAt: plan.updatedAt });
}

/**
 * The plan row and its participating agencies. Methods that take an EntityManager run in the
 * caller's transaction (a change holds the plan row lock); the others read on their own.
 */
@Injectable()
export class PlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reads the plan row FOR UPDATE, so every change to this plan waits here; its participants come in the same round trip. */
  lockForChange(manager: EntityManager, planId: string): Promise<{ plan: Plan; agencyIds: string[] } | null> {
    return this.lockWhere(manager, 'plan.id = $1', planId);
  }

  /**
   * The same lock, on the plan that holds part `partId` of `entity`: the part's plan is looked up in
   * the locking statement itself, not in a round trip before the transaction. Null when there is
   * no such part.
   */
  lockForChangeOfPart(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, partId: string): Promise<{ plan: Plan; agencyIds: string[] } | null> {
    const table = manager.connection.getMetadata(entity).tablePath;
    return this.lockWhere(manager, `plan.id = (SELECT part.plan_id FROM ${table} part WHERE part.id = $1)`, partId);
  }

  /**
   * Written as SQL, not built by TypeORM's query builder: every edit of a plan runs it while other
   * edits wait for the lock it takes, and building the statement each time cost about 3% of a busy
   * instance's time in the concurrent-edits bench.
   *
   * The agencies come from the plan row's own `agency_ids` (kept by a trigger on plan_agencies),
   * not from a subquery: a row locked FOR UPDATE is read as committed after the wait, while a
   * subquery would read plan_agencies as it was before the wait, so a change that waited for an
   * agency's removal would still count it in (migration 1765000000000).
   *
   * A prepared statement (core/database/prepared-query.ts), answering jsonb so that its result
   * type survives a migration that adds a column while this instance runs.
   */
  private async lockWhere(manager: EntityManager, where: string, id: string): Promise<{ plan: Plan; agencyIds: string[] } | null> {
    const [row] = await preparedQuery<{ jointops_plan: Record<string, unknown> & { agency_ids: string[] } }>(manager, `SELECT to_jsonb(plan) AS jointops_plan FROM plans plan WHERE ${where} FOR UPDATE OF plan`, [id]);
    return row ? { plan: hydrate(manager, Plan, row.jointops_plan), agencyIds: row.jointops_plan.agency_ids } : null;
  }

  /**
   * The same lock, and in the same statement the versioned update of part `partId` (its SET list
   * from PlanPartRepository), applied only once the lock is held: the UPDATE waits on the locked
   * plan's id, so it takes the part's row after the plan's, as every other change does. A row
   * updated while this one waited is checked at its newest version. Null when there is no such
   * part; `updated` is null when its version is not `expectedVersion` (or it went meanwhile).
   * One round trip fewer under the lock than locking first and updating after.
   */
  async lockAndUpdatePart<T extends ObjectLiteral & { id: string; version: number }>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    partId: string,
    expectedVersion: number,
    changes: Partial<T>,
  ): Promise<{ plan: Plan; agencyIds: string[]; updated: T | null } | null> {
    const part = PlanPartRepository.of(entity);
    const params: unknown[] = [partId, expectedVersion];
    const { table, sets } = part.versionedSets(manager, changes, params);
    // Both rows come back as jsonb, so the prepared statement's result type does not change when
    // a migration adds a column while this instance runs (PostgreSQL refuses a cached plan whose
    // columns changed).
    const [row] = await preparedQuery<{ jointops_plan: Record<string, unknown> & { agency_ids: string[] }; jointops_part: Record<string, unknown> | null }>(
      manager,
      `WITH locked AS (SELECT plan.* FROM plans plan WHERE plan.id = (SELECT p.plan_id FROM ${table} p WHERE p.id = $1) FOR UPDATE OF plan),
            updated AS (UPDATE ${table} SET ${sets} WHERE id = $1 AND version = $2 AND plan_id = (SELECT locked.id FROM locked) RETURNING *)
       SELECT to_jsonb(locked) AS jointops_plan, to_jsonb(updated) AS jointops_part FROM locked LEFT JOIN updated ON true`,
      params,
    );
    if (!row) return null;
    return { plan: hydrate(manager, Plan, row.jointops_plan), agencyIds: row.jointops_plan.agency_ids, updated: row.jointops_part ? part.hydrate(manager, row.jointops_part) : null };
  }

  /** The one versioned write of a locked plan: its fields or status change, its version goes up by one. */
  bumpVersion(manager: EntityManager, plan: Plan, fields: PlanFields): Promise<void> {
    return bumpPlanVersion(manager, plan, fields);
  }

  /** Inserts a new plan with the agencies that take part from the start. */
  async create(manager: EntityManager, fields: Partial<Plan>, agencyIds: string[]): Promise<Plan> {
    const plan = await manager.save(manager.create(Plan, fields));
    await manager.query(`INSERT INTO plan_agencies (plan_id, agency_id) SELECT $1, unnest($2::uuid[])`, [plan.id, agencyIds]);
    return plan;
  }

  /** A plan's participating agencies, outside any change's transaction. */
  agencyIds(planId: string): Promise<string[]> {
    return this.agencyIdsOf(this.dataSource.manager, planId);
  }

  /** When the plan last became ACTIVE, from its event log; null if it never did. */
  async activatedAt(manager: EntityManager, planId: string): Promise<Date | null> {
    return (await this.ranBetween([planId], manager))[0]!.activatedAt;
  }

  /**
   * When each plan last became ACTIVE and COMPLETED (its last PLAN_ACTIVATED and PLAN_COMPLETED
   * events; null: not yet), keyed like `planIds`, in one statement (of the caller's transaction
   * when given one).
   */
  async ranBetween(planIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PlanRun[]> {
    const rows: Array<{ plan_id: string; activated: Date | null; completed: Date | null }> = await manager.query(
      `SELECT plan_id, max(at) FILTER (WHERE type = 'PLAN_ACTIVATED') AS activated, max(at) FILTER (WHERE type = 'PLAN_COMPLETED') AS completed
         FROM plan_events WHERE plan_id = ANY($1::uuid[]) AND type IN ('PLAN_ACTIVATED', 'PLAN_COMPLETED') GROUP BY plan_id`,
      [planIds],
    );
    const byPlan = new Map(rows.map((row) => [row.plan_id, row]));
    return planIds.map((id) => {
      const row = byPlan.get(id);
      return { activatedAt: row?.activated ? new Date(row.activated) : null, completedAt: row?.completed ? new Date(row.completed) : null };
    });
  }

  async agencyIdsOf(manager: EntityManager, planId: string): Promise<string[]> {
    const rows: Array<{ agency_id: string }> = await manager.query(`SELECT agency_id FROM plan_agencies WHERE plan_id = $1 ORDER BY added_at, agency_id`, [planId]);
    return rows.map((row) => row.agency_id);
  }

  async addAgency(manager: EntityManager, planId: string, agencyId: string): Promise<void> {
    await manager.query(`INSERT INTO plan_agencies (plan_id, agency_id) VALUES ($1, $2)`, [planId, agencyId]);
  }

  async removeAgency(manager: EntityManager, planId: string, agencyId: string): Promise<void> {
    await manager.query(`DELETE FROM plan_agencies WHERE plan_id = $1 AND agency_id = $2`, [planId, agencyId]);
  }

  /** How many items of each entity the agency holds in the plan, in the order given. */
  async holdings(manager: EntityManager, planId: string, agencyId: string, entities: ReadonlyArray<EntityTarget<ObjectLiteral>>): Promise<number[]> {
    const counts: number[] = [];
    // One after another: a transaction's statements share one connection.
    for (const entity of entities) counts.push(await manager.countBy(entity, { planId, agencyId }));
    return counts;
  }

  /** Runs `work` in one transaction (READ COMMITTED); the change pipeline's unit of work. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }


  /** The plan with its participating agencies (`agencyIds`), in one round trip. */
  async findVisible(id: string, visibility: Visibility): Promise<Plan | null> {
    const { entities, raw } = await this.visible(visibility)
      .addSelect('ARRAY(SELECT pa.agency_id FROM plan_agencies pa WHERE pa.plan_id = p.id ORDER BY pa.added_at, pa.agency_id)', 'agency_ids')
      .andWhere('p.id = :id', { id })
      .getRawAndEntities();
    const plan = entities[0];
    if (!plan) return null;
    plan.agencyIds = raw[0].agency_ids;
    return plan;
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Plan).existsBy({ id });
  }

  /** Plans the caller may see, for a list: the service adds filters, order and paging. */
  visible(visibility: Visibility): SelectQueryBuilder<Plan> {
    return this.dataSource.getRepository(Plan).createQueryBuilder('p').where(visibility.condition('p'), visibility.params);
  }

  /**
   * Narrows a list to plans after the cursor plan in `order`, the cursor itself being one the caller
   * may see. Without an order: newest first (created_at, id descending).
   */
  before(query: SelectQueryBuilder<Plan>, after: string, visibility: Visibility, order: PlanListOrder = NEWEST_FIRST): SelectQueryBuilder<Plan> {
    const key = (alias: string) => planSortKey(alias, order);
    const comparison = order.direction === 'DESC' ? '<' : '>';
    return query.andWhere(`(${key('p')}, p.id) ${comparison} (SELECT ${key('c')}, c.id FROM plans c WHERE c.id = :after AND ${visibility.condition('c')})`, { after });
  }

  /** Sorts a list by `order`, ties broken by id in the same direction. */
  ordered(query: SelectQueryBuilder<Plan>, order: PlanListOrder = NEWEST_FIRST): SelectQueryBuilder<Plan> {
    return query.orderBy(planSortKey('p', order), order.direction).addOrderBy('p.id', order.direction);
  }

  /** Plans whose title or summary contain `search` (taken literally). */
  matching(query: SelectQueryBuilder<Plan>, search: string): SelectQueryBuilder<Plan> {
    return query.andWhere(`(p.title ILIKE :pattern ESCAPE '\\' OR p.summary ILIKE :pattern ESCAPE '\\')`, {
      pattern: `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
    });
  }


  async countAgencies(ids: string[]): Promise<number> {
    return this.dataSource.getRepository(Agency).countBy({ id: In(ids) });
  }

  checklistTemplates(): Promise<ChecklistTemplate[]> {
    return this.dataSource.getRepository(ChecklistTemplate).find({ order: { name: 'ASC', version: 'DESC' } });
  }

  checklistTemplate(id: string): Promise<ChecklistTemplate | null> {
    return this.dataSource.getRepository(ChecklistTemplate).findOneBy({ id });
  }
}
