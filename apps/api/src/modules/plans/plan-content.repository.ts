import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hydrate } from '../../database/hydrate';

/** One list of a plan: where its rows are, how they are ordered, and the key they are returned under. */
export interface PartTable {
  key: string;
  entity: new () => object;
  table: string;
  /** Columns of the table, e.g. `position, id`. */
  order: string;
}

/** Reads whole lists of many plans at once: one round trip, a JSON array per list, per plan. */
@Injectable()
export class PlanContentRepository {
  private readonly sql = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The lists of every plan asked, in the order asked (empty lists for unknown plans); with `agencyIds` when asked. */
  async load<T>(parts: readonly PartTable[], planIds: readonly string[], withAgencies: boolean): Promise<T[]> {
    const rows: Array<Record<string, unknown[]> & { id: string }> = await this.dataSource.query(this.sqlFor(parts, withAgencies), [[...planIds]]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return planIds.map((planId) => {
      const row = byId.get(planId);
      const loaded: Record<string, unknown> = withAgencies ? { agencyIds: (row?.agencyIds ?? []) as string[] } : {};
      for (const part of parts) {
        loaded[part.key] = ((row?.[part.key] ?? []) as Array<Record<string, unknown>>).map((json) => hydrate(this.dataSource.manager, part.entity, json));
      }
      return loaded as T;
    });
  }

  private sqlFor(parts: readonly PartTable[], withAgencies: boolean): string {
    const key = `${withAgencies}:${parts.map((part) => part.key).join(',')}`;
    let sql = this.sql.get(key);
    if (!sql) {
      sql = partsSql(parts, withAgencies);
      this.sql.set(key, sql);
    }
    return sql;
  }
}

function partsSql(parts: readonly PartTable[], withAgencies: boolean): string {
  const columns = parts.map(
    ({ key, table, order }) => `(SELECT coalesce(json_agg(t ORDER BY ${order.replace(/(\w+)/g, 't.$1')}), '[]') FROM ${table} t WHERE t.plan_id = p.id) AS "${key}"`,
  );
  if (withAgencies) {
    columns.unshift(`(SELECT coalesce(json_agg(pa.agency_id ORDER BY pa.added_at, pa.agency_id), '[]') FROM plan_agencies pa WHERE pa.plan_id = p.id) AS "agencyIds"`);
  }
  return `SELECT p.id, ${columns.join(',\n  ')} FROM unnest($1::uuid[]) AS p(id)`;
}
