import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type AccessAction = 'VIEW' | 'EXPORT' | 'DENIED';

/** One record to write: `count` repeats of the same access folded into it. */
export interface AccessLogRecord {
  planId: string;
  userId: string;
  action: AccessAction;
  kind: string | null;
  requestId: string | null;
  at: Date;
  count: number;
}

export interface AccessRow {
  id: string;
  at: Date;
  userId: string;
  action: AccessAction;
  kind: string | null;
  count: number;
}

export interface AccessPageQuery {
  planId: string;
  userId?: string | null;
  action?: AccessAction | null;
  /** Id of the oldest record of the previous page: only older records are returned. */
  before?: string | null;
  first: number;
}

/** The access_log table (append only: it refuses UPDATE and DELETE). AccessLogService buffers the writes. */
@Injectable()
export class AccessLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes a batch of records in one INSERT. */
  async insertMany(batch: readonly AccessLogRecord[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO access_log (plan_id, user_id, action, kind, request_id, count, at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[])`,
      [
        batch.map((r) => r.planId),
        batch.map((r) => r.userId),
        batch.map((r) => r.action),
        batch.map((r) => r.kind),
        batch.map((r) => r.requestId),
        batch.map((r) => r.count),
        batch.map((r) => r.at),
      ],
    );
  }

  /** One page of a plan's access log, newest first. */
  async page(query: AccessPageQuery): Promise<AccessRow[]> {
    const conditions = ['a.plan_id = $1'];
    const parameters: unknown[] = [query.planId];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    if (query.userId) conditions.push(`a.user_id = ${bind(query.userId)}`);
    if (query.action) conditions.push(`a.action = ${bind(query.action)}`);
    // A cursor that names no record of this plan answers an empty page, like one past the end.
    if (query.before) conditions.push(`(a.at, a.id) < (SELECT c.at, c.id FROM access_log c WHERE c.id = ${bind(query.before)} AND c.plan_id = $1)`);
    const rows: Array<{ id: string; at: Date; user_id: string; action: AccessAction; kind: string | null; count: number }> = await this.dataSource.query(
      `SELECT a.id::text AS id, a.at, a.user_id, a.action, a.kind, a.count FROM access_log a
        WHERE ${conditions.join(' AND ')} ORDER BY a.at DESC, a.id DESC LIMIT ${bind(query.first)}`,
      parameters,
    );
    return rows.map((row) => ({ id: row.id, at: row.at, userId: row.user_id, action: row.action, kind: row.kind, count: row.count }));
  }
}
