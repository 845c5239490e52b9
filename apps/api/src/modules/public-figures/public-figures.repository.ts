import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PUBLISHED_OPERATION_STATUSES, UNSPECIFIED_OPERATION_TYPE } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { planInPeriod } from '../plans/plan-period';

/** Periods to count, as the first instants and last instants of each; rows name a period by its index. */
export interface Periods {
  from: Date[];
  to: Date[];
}

export interface OperationRow {
  period: number;
  type: string;
  status: string;
  count: number;
}
export interface KeyRow {
  period: number;
  key: string;
  count: number;
}
export interface ComplaintRow {
  period: number;
  category: string;
  status: string;
  count: number;
}
export interface ActionRow {
  period: number;
  open: number;
  done: number;
}

/**
 * The periods ($1, $2: arrays of first and last instants, index from 0) joined with the published
 * operations of each ($3: the published statuses), by the oversight report's rule of a period.
 */
const PUBLISHED_IN_PERIODS = `unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS period (starts, ends, n)
  JOIN plans p ON p.status = ANY($3::text[]) AND ${planInPeriod('p', 'period.starts', 'period.ends')}`;

/**
 * The counts behind the published figures, one statement per family of figures for all the
 * periods asked at once (a year and its quarters). Counts only, and agency names: no plan's title
 * or other content is read.
 */
@Injectable()
export class PublicFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private params(periods: Periods): unknown[] {
    return [periods.from, periods.to, [...PUBLISHED_OPERATION_STATUSES]];
  }

  /** Published operations by period, type (UNSPECIFIED without one) and status. */
  operations(periods: Periods): Promise<OperationRow[]> {
    return this.dataSource.query(
      `SELECT period.n::int - 1 AS period, coalesce(p.operation_type, '${UNSPECIFIED_OPERATION_TYPE}') AS type, p.status, count(*)::int AS count
         FROM ${PUBLISHED_IN_PERIODS}
        GROUP BY 1, 2, 3`,
      this.params(periods),
    );
  }

  /** Incidents of the submitted debriefs of the published operations, by period and type. */
  incidents(periods: Periods): Promise<KeyRow[]> {
    return this.dataSource.query(
      `SELECT period.n::int - 1 AS period, incident->>'type' AS key, count(*)::int AS count
         FROM ${PUBLISHED_IN_PERIODS}
         JOIN debriefs d ON d.plan_id = p.id AND d.status = 'SUBMITTED'
        CROSS JOIN jsonb_array_elements(d.incidents) incident
        GROUP BY 1, 2`,
      this.params(periods),
    );
  }

  /** Corrective actions of the published operations, by period: not done yet, and done. */
  correctiveActions(periods: Periods): Promise<ActionRow[]> {
    return this.dataSource.query(
      `SELECT period.n::int - 1 AS period,
              count(*) FILTER (WHERE ca.status <> 'DONE')::int AS open,
              count(*) FILTER (WHERE ca.status = 'DONE')::int AS done
         FROM ${PUBLISHED_IN_PERIODS}
         JOIN corrective_actions ca ON ca.plan_id = p.id
        GROUP BY 1`,
      this.params(periods),
    );
  }

  /** Complaints received in each period (whatever operation they name, or none), by category and status. */
  complaints(periods: Periods): Promise<ComplaintRow[]> {
    return this.dataSource.query(
      `SELECT period.n::int - 1 AS period, c.category, c.status, count(*)::int AS count
         FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS period (starts, ends, n)
         JOIN complaints c ON c.received_at BETWEEN period.starts AND period.ends
        GROUP BY 1, 2, 3`,
      [periods.from, periods.to],
    );
  }

  /** The agencies that took part in at least one published operation of the period, by name. */
  agencies(from: Date, to: Date): Promise<Agency[]> {
    return this.dataSource
      .getRepository(Agency)
      .createQueryBuilder('a')
      .where(
        `a.id IN (SELECT pa.agency_id FROM plan_agencies pa JOIN plans p ON p.id = pa.plan_id
                   WHERE p.status = ANY(:statuses) AND ${planInPeriod('p', ':from', ':to')})`,
        { from, to, statuses: [...PUBLISHED_OPERATION_STATUSES] },
      )
      .orderBy('a.name')
      .addOrderBy('a.id')
      .getMany();
  }

  /** The year (UTC) in which the first published operation began (or, without a window, was created); null without any. */
  async firstYear(): Promise<number | null> {
    const [row]: Array<{ year: number | null }> = await this.dataSource.query(
      `SELECT extract(year FROM min(coalesce(starts_at, created_at)) AT TIME ZONE 'UTC')::int AS year FROM plans WHERE status = ANY($1::text[])`,
      [[...PUBLISHED_OPERATION_STATUSES]],
    );
    return row?.year ?? null;
  }
}
