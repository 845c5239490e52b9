import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, MoreThan, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../core/database/prepared-query';
import { hydrate } from '../../database/hydrate';
import { User } from '../users/user.entity';
import { PlanEvent } from './plan-event.entity';

/** Reads a plan's event log (PlanLogWriter appends to it). */
@Injectable()
export class PlanEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A plan's events after `afterSeq`, oldest first, at most `limit`; in `manager`'s transaction when given. */
  after(planId: string, afterSeq: number, limit: number, manager: EntityManager = this.dataSource.manager): Promise<PlanEvent[]> {
    return manager.getRepository(PlanEvent).find({ where: { planId, seq: MoreThan(afterSeq) }, order: { seq: 'ASC' }, take: limit });
  }

  /**
   * As `after`, each event with its actor read in the same statement (`PlanEvent.actor`): live
   * delivery shows the actor, and this spares it a second round trip per event on every instance.
   * Every instance sends it at every wake-up of a watched plan, so it is a prepared statement
   * (core/database/prepared-query.ts; rows as jsonb). The actor's columns are named: its password
   * hash is not read.
   */
  async afterWithActors(planId: string, afterSeq: number, limit: number): Promise<PlanEvent[]> {
    const manager = this.dataSource.manager;
    const rows = await preparedQuery<{ jointops_event: Record<string, unknown>; jointops_actor: Record<string, unknown> | null }>(
      manager,
      `SELECT to_jsonb(e) AS jointops_event,
              jsonb_build_object('id', actor.id, 'email', actor.email, 'display_name', actor.display_name, 'agency_id', actor.agency_id, 'roles', actor.roles,
                                 'disabled_at', actor.disabled_at, 'must_change_password', actor.must_change_password, 'created_at', actor.created_at, 'updated_at', actor.updated_at) AS jointops_actor
         FROM plan_events e LEFT JOIN users actor ON actor.id = e.actor_id
        WHERE e.plan_id = $1 AND e.seq > $2
        ORDER BY e.seq
        LIMIT $3`,
      [planId, afterSeq, limit],
    );
    return rows.map((row) => {
      const event = hydrate(manager, PlanEvent, row.jointops_event);
      if (row.jointops_actor?.id) event.actor = hydrate(manager, User, row.jointops_actor);
      return event;
    });
  }

  /** The last `limit` events with afterSeq < seq < beforeSeq, returned oldest first. */
  async before(planId: string, beforeSeq: number, afterSeq: number, limit: number): Promise<PlanEvent[]> {
    if (beforeSeq - afterSeq <= 1) return [];
    const newestFirst = await this.dataSource.getRepository(PlanEvent).find({ where: { planId, seq: Between(afterSeq + 1, beforeSeq - 1) }, order: { seq: 'DESC' }, take: limit });
    return newestFirst.reverse();
  }

  /** What a diff folds: every event up to revision `to`, oldest first. */
  upToRevision(planId: string, to: number): Promise<Array<Pick<PlanEvent, 'type' | 'entityType' | 'entityId' | 'revision' | 'data' | 'actorId'>>> {
    return this.dataSource
      .getRepository(PlanEvent)
      .createQueryBuilder('e')
      .select(['e.type', 'e.entityType', 'e.entityId', 'e.revision', 'e.data', 'e.actorId'])
      .where('e.plan_id = :planId AND e.revision <= :to', { planId, to })
      .orderBy('e.seq', 'ASC')
      .getMany();
  }

  /** Where each plan row says its log ends, and who takes part: what streams need before they read. One statement for any number of plans. */
  async streamHeads(planIds: readonly string[]): Promise<Map<string, { lastSeq: number; agencyIds: string[] }>> {
    const rows: Array<{ id: string; last_seq: number; agency_ids: string[] }> = await this.dataSource.query(
      `SELECT p.id, p.last_seq, ARRAY(SELECT agency_id FROM plan_agencies WHERE plan_id = p.id) AS agency_ids FROM plans p WHERE p.id = ANY($1::uuid[])`,
      [[...new Set(planIds)]],
    );
    return new Map(rows.map((row) => [row.id, { lastSeq: row.last_seq, agencyIds: row.agency_ids }]));
  }

  /** Where the plan row says its log ends, in `manager`'s snapshot. */
  async logHead(manager: EntityManager, planId: string): Promise<{ lastSeq: number; lastHash: string }> {
    const [head]: Array<{ last_seq: number; last_hash: string }> = await manager.query(`SELECT last_seq, last_hash FROM plans WHERE id = $1`, [planId]);
    return { lastSeq: head.last_seq, lastHash: head.last_hash };
  }

  /** Runs `work` in one REPEATABLE READ snapshot, so the plan row and its events are read as of one moment. */
  inSnapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }
}
