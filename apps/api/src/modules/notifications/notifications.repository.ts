import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type NotificationKind } from '@jointops/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hydrate } from '../../database/hydrate';
import { Notification, type EmailState } from './notification.entity';

/** A notification about to be written: for whom, what, and (for a reminder) its idempotency key. */
export interface NotificationRow {
  userId: string;
  kind: NotificationKind;
  planId: string | null;
  text: string;
  link: string;
  dedupeKey: string | null;
  createdAt: Date;
  emailState: EmailState;
  emailSubject: string | null;
  emailText: string | null;
}

export interface Recipient {
  id: string;
  email: string;
  /** From the user's preferences; defaults when they never saved any. */
  wantsEmail: boolean;
  muted: NotificationKind[];
}

/**
 * A notification of no plan, or of a plan `visible` (PlanAccessService's condition on alias `p`)
 * lets the user see; `:agencyId` becomes the typed parameter, which is also named when the
 * condition does not use it (oversight sees every plan), so PostgreSQL always knows its type.
 */
function visibleNotification(visible: string, agencyParam: string): string {
  const condition = visible.replaceAll(':agencyId', `${agencyParam}::uuid`);
  return `(${agencyParam}::uuid IS NULL OR TRUE) AND (n.plan_id IS NULL OR EXISTS (SELECT 1 FROM plans p WHERE p.id = n.plan_id AND ${condition}))`;
}

const RECIPIENT = `u.id, u.email, COALESCE(np.email, true) AS wants_email, COALESCE(np.muted, '{}') AS muted
  FROM users u LEFT JOIN notification_preferences np ON np.user_id = u.id`;

/** The notifications tables' SQL: writing (with reminder deduplication), reading the visible ones, and who is told. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the rows; a reminder whose (user, dedupe key) exists already is skipped. Returns those written. */
  async insert(manager: EntityManager, rows: readonly NotificationRow[]): Promise<Notification[]> {
    if (rows.length === 0) return [];
    const inserted: Array<Record<string, unknown>> = await manager.query(
      `INSERT INTO notifications (user_id, kind, plan_id, text, link, dedupe_key, created_at, email_state, email_subject, email_text)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, kind text, plan_id uuid, text text, link text, dedupe_key text, created_at timestamptz, email_state text, email_subject text, email_text text)
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING *`,
      [
        JSON.stringify(
          rows.map((row) => ({
            user_id: row.userId,
            kind: row.kind,
            plan_id: row.planId,
            text: row.text,
            link: row.link,
            dedupe_key: row.dedupeKey,
            created_at: row.createdAt.toISOString(),
            email_state: row.emailState,
            email_subject: row.emailSubject,
            email_text: row.emailText,
          })),
        ),
      ],
    );
    return inserted.map((row) => hydrate(manager, Notification, row));
  }

  /** Active users with these ids, with their email preferences. */
  async recipients(manager: EntityManager, userIds: readonly string[]): Promise<Recipient[]> {
    if (userIds.length === 0) return [];
    const rows: Array<{ id: string; email: string; wants_email: boolean; muted: NotificationKind[] }> = await manager.query(
      `SELECT ${RECIPIENT} WHERE u.id = ANY($1::uuid[]) AND u.disabled_at IS NULL ORDER BY u.id`,
      [[...new Set(userIds)]],
    );
    return rows.map((row) => ({ id: row.id, email: row.email, wantsEmail: row.wants_email, muted: row.muted }));
  }

  /** Active users of these agencies holding any of these roles. */
  async usersWithRoles(manager: EntityManager, agencyIds: readonly string[], roles: readonly Role[]): Promise<string[]> {
    if (agencyIds.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM users WHERE agency_id = ANY($1::uuid[]) AND roles && $2::text[] AND disabled_at IS NULL`,
      [[...agencyIds], [...roles]],
    );
    return rows.map((row) => row.id);
  }

  /** The owner agency of a corrective action as last logged (before the change in progress appends its events). */
  async loggedOwnerOf(manager: EntityManager, planId: string, actionId: string): Promise<string | null> {
    const rows: Array<{ owner: string | null }> = await manager.query(
      `SELECT data->>'ownerAgencyId' AS owner FROM plan_events WHERE plan_id = $1 AND entity_id = $2 ORDER BY seq DESC LIMIT 1`,
      [planId, actionId],
    );
    return rows[0]?.owner ?? null;
  }

  async agencyShortName(manager: EntityManager, agencyId: string): Promise<string | null> {
    const rows: Array<{ short_name: string }> = await manager.query(`SELECT short_name FROM agencies WHERE id = $1`, [agencyId]);
    return rows[0]?.short_name ?? null;
  }

  /** Active ADMIN users. */
  async admins(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM users WHERE $1 = ANY(roles) AND disabled_at IS NULL`, [Role.ADMIN]);
    return rows.map((row) => row.id);
  }

  /**
   * The caller's newest notifications (unread first when `unreadFirst`), only of plans `visible`
   * (a condition on alias `p` from PlanAccessService, `:agencyId` bound to $2) and those of no plan.
   */
  async page(userId: string, agencyId: string, visible: string, unreadOnly: boolean, first: number): Promise<{ nodes: Notification[]; unreadCount: number }> {
    const where = `n.user_id = $1 AND ${visibleNotification(visible, '$2')}`;
    const [rows, counts] = await Promise.all([
      this.dataSource.query(
        `SELECT n.* FROM notifications n WHERE ${where} ${unreadOnly ? 'AND n.read_at IS NULL' : ''}
          ORDER BY (n.read_at IS NULL) DESC, n.created_at DESC, n.id DESC LIMIT $3`,
        [userId, agencyId, first],
      ),
      this.dataSource.query(`SELECT count(*)::int AS unread FROM notifications n WHERE ${where} AND n.read_at IS NULL`, [userId, agencyId]),
    ]);
    return { nodes: rows.map((row: Record<string, unknown>) => hydrate(this.dataSource.manager, Notification, row)), unreadCount: counts[0].unread };
  }

  /** One of the caller's notifications, if its plan is still visible to them (for the live stream). */
  async visibleOne(id: string, userId: string, agencyId: string, visible: string): Promise<Notification | null> {
    const rows = await this.dataSource.query(
      `SELECT n.* FROM notifications n
        WHERE n.id = $1 AND n.user_id = $3 AND ${visibleNotification(visible, '$2')}`,
      [id, agencyId, userId],
    );
    return rows[0] ? hydrate(this.dataSource.manager, Notification, rows[0]) : null;
  }

  /** Marks the caller's unread ones among `ids` (all of them when null) read; unknown and others' ids are ignored. */
  async markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL ${ids ? 'AND id = ANY($3::uuid[])' : ''}`,
      ids ? [userId, at, [...ids]] : [userId, at],
    );
    return count as number;
  }

  /** Marks everyone's unread notifications of `kinds` about plan `planId` read, in the change's transaction. */
  async markPlanKindsRead(manager: EntityManager, planId: string, kinds: readonly NotificationKind[], at: Date): Promise<void> {
    await manager.query(`UPDATE notifications SET read_at = $3 WHERE plan_id = $1 AND kind = ANY($2::text[]) AND read_at IS NULL`, [planId, [...kinds], at]);
  }

  async preferences(userId: string): Promise<{ email: boolean; muted: NotificationKind[] }> {
    const rows = await this.dataSource.query(`SELECT email, muted FROM notification_preferences WHERE user_id = $1`, [userId]);
    return rows[0] ? { email: rows[0].email, muted: rows[0].muted } : { email: true, muted: [] };
  }

  async savePreferences(userId: string, email: boolean, muted: readonly NotificationKind[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, email, muted, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, muted = EXCLUDED.muted, updated_at = now()`,
      [userId, email, [...muted]],
    );
  }
}
