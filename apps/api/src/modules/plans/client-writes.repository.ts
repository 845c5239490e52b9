import { Injectable } from '@nestjs/common';
import type { OfflineWrite } from '@jointops/domain';
import type { EntityManager } from 'typeorm';

export interface ClientWriteRow {
  operation: OfflineWrite;
  planId: string;
  entityId: string;
}

/** The `client_writes` table: which write a user's client key made (migration 1764980000000). */
@Injectable()
export class ClientWritesRepository {
  async find(manager: EntityManager, userId: string, clientKey: string): Promise<ClientWriteRow | null> {
    const rows: Array<{ operation: OfflineWrite; plan_id: string; entity_id: string }> = await manager.query(
      `SELECT operation, plan_id, entity_id FROM client_writes WHERE user_id = $1 AND client_key = $2`,
      [userId, clientKey],
    );
    const row = rows[0];
    return row ? { operation: row.operation, planId: row.plan_id, entityId: row.entity_id } : null;
  }

  /** False when the key was taken meanwhile (by a write to another plan, under another plan's lock). */
  async remember(manager: EntityManager, userId: string, clientKey: string, write: ClientWriteRow): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO client_writes (user_id, client_key, operation, plan_id, entity_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, client_key) DO NOTHING RETURNING 1`,
      [userId, clientKey, write.operation, write.planId, write.entityId],
    );
    return rows.length === 1;
  }
}
