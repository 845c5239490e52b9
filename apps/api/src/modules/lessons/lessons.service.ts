import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkRequiredText, collectViolations, LIMITS } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService } from '../plans/plan-access.service';
import type { LessonHit } from './dto/lesson-hit.type';

/**
 * Full-text search (PostgreSQL, English) over the summaries, strengths and improvements of
 * closed plans the caller may see, best match first. The GIN index on each report narrows the
 * reports; each strength, improvement or summary is then ranked on its own.
 */
@Injectable()
export class LessonsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccessService,
  ) {}

  async search(user: AuthenticatedUser, text: string): Promise<LessonHit[]> {
    const query = (text ?? '').trim();
    ValidationException.throwIfAny(collectViolations(checkRequiredText('search', query, LIMITS.titleMax)));
    const visible = this.access.visibleCondition(user, 'p', '$2');
    // Oversight's condition names no agency, and PostgreSQL refuses a parameter it does not use.
    const parameters = visible.includes('$2') ? [query, user.agencyId] : [query];
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
