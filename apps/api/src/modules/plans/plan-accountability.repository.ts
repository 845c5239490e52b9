import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AccountabilityFacts, PlanStatus } from '@jointops/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The statuses in which an agreement or training change can move a plan's readiness. */
export const READINESS_LIVE_STATUSES: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.IN_REVIEW, PlanStatus.APPROVED];

/** What the one statement of factsFor answers (dates as ISO strings). */
interface FactRow {
  agreements: Array<{ agencyIds: string[]; scope: string[]; effectiveFrom: string; expiresOn: string | null; terminatedAt: string | null }>;
  courses: Array<{ id: string; code: string; title: string; requiredFor: string[] }>;
  records: Array<{ userId: string; courseId: string; expiresOn: string | null }>;
  people: Array<{ id: string; name: string }>;
  /** Of the plans' agencies, those with an active AGENCY_LEAD. */
  led: string[];
}

/** One plan, as the accountability facts are looked up for it. */
export interface AccountabilityQuery {
  leadAgencyId: string;
  operationType: string | null;
  assigneeIds: readonly string[];
  /** The participating agencies (the lead agency among them): whose agency leads are looked up. */
  agencyIds: readonly string[];
}

/**
 * What readiness reads of the agreements and training tables (the agreements and training modules
 * write them): the facts for one plan, and the plans a change of them may concern.
 */
@Injectable()
export class PlanAccountabilityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * For each plan: the lead agency's agreements, the courses its operation type requires, its
   * assignees' completions of them, and which of its agencies have an active agency lead. One
   * statement, however many plans.
   */
  async factsFor(plans: ReadonlyArray<AccountabilityQuery>, manager?: EntityManager): Promise<AccountabilityFacts[]> {
    const db = manager ?? this.dataSource.manager;
    const leads = [...new Set(plans.map((plan) => plan.leadAgencyId))];
    const types = [...new Set(plans.flatMap((plan) => (plan.operationType ? [plan.operationType] : [])))];
    const people = [...new Set(plans.flatMap((plan) => plan.assigneeIds))];
    const agencies = [...new Set(plans.flatMap((plan) => plan.agencyIds))];
    const [row]: FactRow[] = await db.query(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('scope', a.scope, 'effectiveFrom', a.effective_from, 'expiresOn', a.expires_on, 'terminatedAt', a.terminated_at,
                   'agencyIds', ARRAY(SELECT aa.agency_id FROM agreement_agencies aa WHERE aa.agreement_id = a.id))), '[]')
            FROM agreements a
           WHERE EXISTS (SELECT 1 FROM agreement_agencies aa WHERE aa.agreement_id = a.id AND aa.agency_id = ANY($1::uuid[]))) AS agreements,
         (SELECT coalesce(json_agg(json_build_object('id', c.id, 'code', c.code, 'title', c.title, 'requiredFor', c.required_for) ORDER BY c.code), '[]')
            FROM courses c WHERE c.required_for && $2::text[]) AS courses,
         (SELECT coalesce(json_agg(json_build_object('userId', r.user_id, 'courseId', r.course_id, 'expiresOn', r.expires_on)), '[]')
            FROM training_records r JOIN courses c ON c.id = r.course_id
           WHERE r.user_id = ANY($3::uuid[]) AND c.required_for && $2::text[]) AS records,
         (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.display_name)), '[]') FROM users u WHERE u.id = ANY($3::uuid[])) AS people,
         ARRAY(SELECT DISTINCT u.agency_id FROM users u
                WHERE u.agency_id = ANY($4::uuid[]) AND u.disabled_at IS NULL AND 'AGENCY_LEAD' = ANY(u.roles))::text[] AS led`,
      [leads, types, people, agencies],
    );
    const led = new Set(row.led);
    const names = new Map(row.people.map((person) => [person.id, person.name]));
    return plans.map((plan) => {
      const assignees = new Set(plan.assigneeIds);
      return {
        agreements: row.agreements.filter((a) => a.agencyIds.includes(plan.leadAgencyId)),
        requiredCourses: plan.operationType ? row.courses.filter((c) => c.requiredFor.includes(plan.operationType as string)).map(({ id, code, title }) => ({ id, code, title })) : [],
        records: row.records.filter((r) => assignees.has(r.userId)),
        people: names,
        agenciesWithLead: new Set(plan.agencyIds.filter((id) => led.has(id))),
      };
    });
  }

  /** Agencies' short names, for the blockers' messages. */
  async shortNames(manager: EntityManager, agencyIds: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; short_name: string }> = await manager.query(`SELECT id, short_name FROM agencies WHERE id = ANY($1::uuid[])`, [[...agencyIds]]);
    return new Map(rows.map((agency) => [agency.id, agency.short_name]));
  }

  /**
   * Plans in DRAFT, IN_REVIEW or APPROVED in which one of `agencyIds` takes part or one of
   * `userIds` holds a role, in id order (the order their rows are locked in).
   */
  async plansConcerning(manager: EntityManager, scope: { agencyIds?: readonly string[]; userIds?: readonly string[] }): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT p.id FROM plans p
        WHERE p.status = ANY($1::text[])
          AND (EXISTS (SELECT 1 FROM plan_agencies pa WHERE pa.plan_id = p.id AND pa.agency_id = ANY($2::uuid[]))
               OR EXISTS (SELECT 1 FROM role_assignments r WHERE r.plan_id = p.id AND r.assignee_id = ANY($3::uuid[])))
        ORDER BY p.id`,
      [READINESS_LIVE_STATUSES, [...(scope.agencyIds ?? [])], [...(scope.userIds ?? [])]],
    );
    return rows.map((row) => row.id);
  }
}
