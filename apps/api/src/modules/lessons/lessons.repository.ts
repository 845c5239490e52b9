import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LessonHit } from './dto/lesson-hit.type';

@Injectable()
export class LessonsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Full-text search (PostgreSQL, English) of `query` ($1) over closed plans' reports where
   * `visible` (an SQL condition on plans `p`, with the caller's agency as $2 if it names one)
   * holds. The GIN index on each report narrows the reports; each strength, improvement or
   * summary is then ranked on its own, best match first.
   */
  async search(query: string, visible: string, agencyId: string): Promise<LessonHit[]> {
    // Oversight's condition names no agency, and PostgreSQL refuses a parameter it does not use.
    const parameters = visible.includes('$2') ? [query, agencyId] : [query];
    const rows: Array<{ plan_id: string; kind: string; text: string }> = await this.dataSource.query(
      `SELECT r.plan_id, lesson.kind, lesson.text
         FROM after_action_reports r
         JOIN plans p ON p.id = r.plan_id AND p.status = 'CLOSED'
         CROSS JOIN websearch_to_tsquery('english', $1) q
         CROSS JOIN LATERAL (
           SELECT 'SUMMARY' AS kind, r.summary AS text
           UNION ALL SELECT 'STRENGTH', value FROM jsonb_array_elements_text(r.aggregates->'strengths')
           UNION ALL SELECT 'IMPROVEMENT', value FROM jsonb_array_elements_text(r.aggregates->'improvements')
         ) lesson
        WHERE r.search @@ q
          AND to_tsvector('english', lesson.text) @@ q
          AND ${visible}
        ORDER BY ts_rank(to_tsvector('english', lesson.text), q) DESC, p.created_at DESC
        LIMIT 50`,
      parameters,
    );
    return rows.map((row) => ({ planId: row.plan_id, kind: row.kind, text: row.text }));
  }
}
