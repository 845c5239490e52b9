import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../core/database/prepared-query';
import type { PgNotify } from '../../core/events/transports/live-transport';
import type { PlanEvent } from '../events/plan-event.entity';

/** Where the plan's log head moves to with an append. */
export interface LogHeadUpdate {
  planId: string;
  at: Date;
  actorId: string;
  revision: number;
  lastSeq: number;
  lastHash: string;
  /** A content change also records who made it. */
  content: boolean;
}

/** The append to a plan's event log, in the caller's transaction (under the plan's row lock). */
@Injectable()
export class PlanLogRepository {
  /**
   * One statement: the events and the plan's log head move together (nothing moves unless every
   * event was inserted). `notify`, if given, is sent by the same statement: delivered at commit.
   * Every change sends it, so it is a prepared statement (core/database/prepared-query.ts).
   */
  async append(manager: EntityManager, head: LogHeadUpdate, events: readonly PlanEvent[], notify: PgNotify | null): Promise<void> {
    const params: unknown[] = [
      head.planId,
      head.at,
      head.actorId,
      head.revision,
      JSON.stringify(events.map((e) => ({ seq: e.seq, type: e.type, entity_type: e.entityType, entity_id: e.entityId, data: e.data, hash: e.hash, prev_hash: e.prevHash }))),
      head.lastSeq,
      head.lastHash,
      head.content,
      events.length,
    ];
    await preparedQuery(
      manager,
      `WITH appended AS (
         INSERT INTO plan_events (plan_id, seq, at, actor_id, type, entity_type, entity_id, data, revision, hash, prev_hash)
         SELECT $1, e.seq, $2, $3, e.type, e.entity_type, e.entity_id, e.data, $4, e.hash, e.prev_hash
           FROM jsonb_to_recordset($5::jsonb) AS e(seq int, type text, entity_type text, entity_id uuid, data jsonb, hash text, prev_hash text)
         RETURNING 1)
       UPDATE plans SET revision = $4, last_seq = $6, last_hash = $7, updated_at = $2,
              last_changed_by = CASE WHEN $8 THEN $3::uuid ELSE last_changed_by END
        WHERE id = $1 AND (SELECT count(*) FROM appended) = $9${notify ? ' RETURNING pg_notify($10, $11)' : ''}`,
      notify ? [...params, notify.channel, notify.payload] : params,
    );
  }
}
