import { Injectable } from '@nestjs/common';
import { DEBRIEF_EVERY_OPERATION_ROLES, MEMBER_ROLES, PlanStatus, Role } from '@jointops/domain';
import type { EntityManager } from 'typeorm';
import { debriefOwedCondition } from '../../debriefs/debrief-owed.sql';

/** A completed operation and the active members who still owe it a debrief. */
export interface DebriefCandidate {
  planId: string;
  planTitle: string;
  completedAt: Date;
  userIds: string[];
}

/** An open corrective action and its owning agency's active leads. */
export interface ActionCandidate {
  id: string;
  title: string;
  dueDate: Date;
  planId: string;
  planTitle: string;
  leadIds: string[];
}

/** A person's training in a course that lapses at `expiresOn`, with their agency's other active leads. */
export interface TrainingCandidate {
  recordId: string;
  userId: string;
  personName: string;
  courseCode: string;
  expiresOn: Date;
  leadIds: string[];
}

/** An agreement in force that expires at `expiresOn`, with its parties' active leads. */
export interface AgreementCandidate {
  id: string;
  title: string;
  expiresOn: Date;
  leadIds: string[];
}

/** A user who can be reminded: not disabled. */
const ACTIVE = (alias: string) => `${alias}.disabled_at IS NULL`;

/** An agency's active leads, as an array (`agency` is an SQL expression; the lead roles are bound as $1). */
const leadsOf = (agency: string) => `ARRAY(SELECT l.id FROM users l WHERE l.agency_id = ${agency} AND l.roles && $1::text[] AND ${ACTIVE('l')} ORDER BY l.id)`;
/** The roles told of their agency's actions, training and agreements (bound as $1 where leadsOf is used). */
const LEADS = [Role.AGENCY_LEAD];

/**
 * The reminders' SQL: one set-based query per kind, each returning the candidates that could be due
 * in a time window (the service decides with the domain rules which reminder, if any, is due now).
 * All run in the reminder run's transaction.
 */
@Injectable()
export class RemindersRepository {
  /**
   * COMPLETED operations whose (last) PLAN_COMPLETED event lies in (`from`, `to`], with the active
   * members of their agencies who owe a debrief and have not submitted it (debriefOwedCondition, the
   * rule of My work). A CLOSED operation's report is final: its debriefs are no longer taken.
   */
  async debriefs(manager: EntityManager, from: Date, to: Date): Promise<DebriefCandidate[]> {
    const rows: Array<{ plan_id: string; plan_title: string; completed_at: Date; user_ids: string[] }> = await manager.query(
      `WITH completed AS (
         SELECT p.id, p.title, e.at
           FROM plans p
           CROSS JOIN LATERAL (SELECT max(pe.at) AS at FROM plan_events pe WHERE pe.plan_id = p.id AND pe.type = 'PLAN_COMPLETED') e
          WHERE p.status = $1 AND e.at > $2 AND e.at <= $3
       )
       SELECT c.id AS plan_id, c.title AS plan_title, c.at AS completed_at, array_agg(u.id ORDER BY u.id) AS user_ids
         FROM completed c
         JOIN plan_agencies pa ON pa.plan_id = c.id
         JOIN users u ON u.agency_id = pa.agency_id AND u.roles && $4::text[] AND ${ACTIVE('u')}
         LEFT JOIN debriefs d ON d.plan_id = c.id AND d.author_id = u.id
        WHERE ${debriefOwedCondition({ planId: 'c.id', userId: 'u.id', debrief: 'd', everyOperation: 'u.roles && $5::text[]' })}
        GROUP BY c.id, c.title, c.at
        ORDER BY c.at, c.id`,
      [PlanStatus.COMPLETED, from, to, [...MEMBER_ROLES], [...DEBRIEF_EVERY_OPERATION_ROLES]],
    );
    return rows.map((row) => ({ planId: row.plan_id, planTitle: row.plan_title, completedAt: new Date(row.completed_at), userIds: row.user_ids }));
  }

  /**
   * Corrective actions not DONE that are due by `dueBy` (overdue ones included), with their owning
   * agency's leads; only while that agency takes part in the plan (else neither My work nor the bell
   * would show it, and no email should name the plan to them).
   */
  async actions(manager: EntityManager, dueBy: Date): Promise<ActionCandidate[]> {
    const rows: Array<{ id: string; title: string; due_date: Date; plan_id: string; plan_title: string; lead_ids: string[] }> = await manager.query(
      `SELECT ca.id, ca.title, ca.due_date, p.id AS plan_id, p.title AS plan_title, ${leadsOf('ca.owner_agency_id')} AS lead_ids
         FROM corrective_actions ca
         JOIN plans p ON p.id = ca.plan_id
        WHERE ca.status <> 'DONE' AND ca.due_date <= $2
          AND EXISTS (SELECT 1 FROM plan_agencies pa WHERE pa.plan_id = ca.plan_id AND pa.agency_id = ca.owner_agency_id)
        ORDER BY ca.due_date, ca.id`,
      [LEADS, dueBy],
    );
    return rows.map((row) => ({ id: row.id, title: row.title, dueDate: new Date(row.due_date), planId: row.plan_id, planTitle: row.plan_title, leadIds: row.lead_ids }));
  }

  /**
   * Training of active people that lapses in (`after`, `until`]: per person and course only the
   * record that lasts longest counts (a never-lapsing one outlasts all), so a renewal silences the
   * record it renews. The person's agency's leads come with it (not the person, if a lead).
   */
  async training(manager: EntityManager, after: Date, until: Date): Promise<TrainingCandidate[]> {
    const rows: Array<{ id: string; user_id: string; display_name: string; code: string; expires_on: Date; lead_ids: string[] }> = await manager.query(
      `SELECT r.id, r.user_id, u.display_name, c.code, r.expires_on,
              array_remove(${leadsOf('u.agency_id')}, r.user_id) AS lead_ids
         FROM training_records r
         JOIN users u ON u.id = r.user_id AND ${ACTIVE('u')}
         JOIN courses c ON c.id = r.course_id
        WHERE r.expires_on > $2 AND r.expires_on <= $3
          AND NOT EXISTS (
            SELECT 1 FROM training_records o
             WHERE o.user_id = r.user_id AND o.course_id = r.course_id AND o.id <> r.id
               AND (o.expires_on IS NULL OR o.expires_on > r.expires_on OR (o.expires_on = r.expires_on AND o.id < r.id)))
        ORDER BY r.expires_on, r.id`,
      [LEADS, after, until],
    );
    return rows.map((row) => ({
      recordId: row.id,
      userId: row.user_id,
      personName: row.display_name,
      courseCode: row.code,
      expiresOn: new Date(row.expires_on),
      leadIds: row.lead_ids,
    }));
  }

  /** Agreements not terminated that expire in (`after`, `until`], with the active leads of every party. */
  async agreements(manager: EntityManager, after: Date, until: Date): Promise<AgreementCandidate[]> {
    const rows: Array<{ id: string; title: string; expires_on: Date; lead_ids: string[] }> = await manager.query(
      `SELECT a.id, a.title, a.expires_on,
              ARRAY(SELECT l.id FROM agreement_agencies aa JOIN users l ON l.agency_id = aa.agency_id
                     WHERE aa.agreement_id = a.id AND l.roles && $1::text[] AND ${ACTIVE('l')} ORDER BY l.id) AS lead_ids
         FROM agreements a
        WHERE a.terminated_at IS NULL AND a.expires_on > $2 AND a.expires_on <= $3
        ORDER BY a.expires_on, a.id`,
      [LEADS, after, until],
    );
    return rows.map((row) => ({ id: row.id, title: row.title, expiresOn: new Date(row.expires_on), leadIds: row.lead_ids }));
  }
}
