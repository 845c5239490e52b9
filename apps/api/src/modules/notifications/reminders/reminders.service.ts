import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { agreementReminderDue, debriefReminderDue, NotificationKind, overdueDay, REMINDER_RULES, withinDaysBefore } from '@jointops/domain';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../core/clock/clock';
import { LiveBus } from '../../../core/events/live-bus';
import { APP_LOGGER } from '../../../core/logging/logger';
import { NotificationWriter, type NotificationDraft } from '../notification-writer';
import { NotificationsRepository } from '../notifications.repository';
import { RemindersRepository } from './reminders.repository';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The transaction-level advisory lock a run holds, so replicas running at once take turns (after migrate 4_242_001, seed 4_242_002). */
export const REMINDERS_LOCK_KEY = 4_242_003;

export interface ReminderRun {
  at: Date;
  /** Notifications written by this run (one per person and reminder; those sent before are skipped). */
  written: number;
}

/**
 * The scheduled reminders (issue 18): what time brings, judged at the server's Clock. They run as
 * the pg-boss job `notification-reminders` every 5 minutes (RemindersJob), once per slot across
 * replicas; no in-process timer decides who is reminded. A run reads what is due with one
 * set-based query per kind, writes every reminder in one transaction (NotificationWriter: in the
 * app, and by email where owed) and publishes the live messages after it commits.
 *
 * The rules (REMINDER_RULES and the functions beside it in libs/domain notifications.ts):
 * - DEBRIEF_DUE: to each active member who owes a debrief on a COMPLETED operation and has not
 *   submitted it (OFFICERs of a participating agency, and anyone one of its roles names: the rule
 *   My work lists, debrief-owed.sql.ts), 24 hours after completion, then once a day, 7 in all.
 *   A CLOSED operation's report is final and takes no more debriefs: no reminder.
 * - CORRECTIVE_ACTION_DUE_SOON: once per due date, within 7 days before it or on its day;
 *   CORRECTIVE_ACTION_OVERDUE: once per day past its due day (libs/domain corrective-actions.ts: a
 *   due date is a calendar day). To the owning agency's AGENCY_LEADs, for actions not DONE.
 * - TRAINING_EXPIRING: once, within 30 days before the person's training in a course lapses (the
 *   record that lasts longest counts, so a renewal silences it), to the person and their agency's leads.
 * - AGREEMENT_EXPIRING: at 90 and at 30 days before an agreement not terminated expires, to the
 *   ADMINs and the leads of every party.
 * Recipients are active users. A reminder is idempotent per person: its dedupe key names the kind,
 * the subject and the occasion (reminder number, due date, day, threshold), so a rerun, a retry or
 * a second replica writes nothing twice; a missed day is not sent late. Runs take a transaction-level
 * advisory lock, so two replicas do not do the same work at once.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RemindersRepository,
    private readonly notifications: NotificationsRepository,
    private readonly writer: NotificationWriter,
    private readonly bus: LiveBus,
    private readonly clock: Clock,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** Writes every reminder due at the Clock's now that was not written before; then tells the recipients live. */
  async run(): Promise<ReminderRun> {
    const at = this.clock.now();
    const messages = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [REMINDERS_LOCK_KEY]);
      return this.writer.write(manager, await this.due(manager, at));
    });
    for (const message of messages) this.bus.publish(message);
    if (messages.length > 0) this.logger.info({ at, written: messages.length }, 'reminders written');
    return { at, written: messages.length };
  }

  /** Every reminder due at `now`, as drafts with their dedupe keys. */
  private async due(manager: EntityManager, now: Date): Promise<NotificationDraft[]> {
    // One after the other: they share the transaction's connection.
    const drafts: NotificationDraft[] = [];
    drafts.push(...(await this.debriefsDue(manager, now)));
    drafts.push(...(await this.actionsDue(manager, now)));
    drafts.push(...(await this.trainingDue(manager, now)));
    drafts.push(...(await this.agreementsDue(manager, now)));
    return drafts;
  }

  private async debriefsDue(manager: EntityManager, now: Date): Promise<NotificationDraft[]> {
    const first = REMINDER_RULES.debriefFirstAfterHours * HOUR_MS;
    const from = new Date(now.getTime() - first - REMINDER_RULES.debriefReminders * DAY_MS);
    const candidates = await this.repository.debriefs(manager, from, new Date(now.getTime() - first));
    return candidates.flatMap((plan) => {
      const reminder = debriefReminderDue(plan.completedAt, now);
      if (reminder === null) return [];
      return [
        {
          kind: NotificationKind.DEBRIEF_DUE,
          userIds: plan.userIds,
          subject: { planId: plan.planId, planTitle: plan.planTitle, reminder },
          dedupeKey: `${NotificationKind.DEBRIEF_DUE}:${plan.planId}:${reminder}`,
        },
      ];
    });
  }

  private async actionsDue(manager: EntityManager, now: Date): Promise<NotificationDraft[]> {
    const candidates = await this.repository.actions(manager, new Date(now.getTime() + REMINDER_RULES.actionDueSoonDays * DAY_MS));
    return candidates.flatMap((action): NotificationDraft[] => {
      const due = action.dueDate.toISOString();
      const subject = { planId: action.planId, planTitle: action.planTitle, actionTitle: action.title, dueDate: action.dueDate };
      const day = overdueDay(action.dueDate, now);
      if (day !== null) {
        const kind = NotificationKind.CORRECTIVE_ACTION_OVERDUE;
        return [{ kind, userIds: action.leadIds, subject: { ...subject, daysOverdue: day }, dedupeKey: `${kind}:${action.id}:${due}:${day}` }];
      }
      // Not overdue (above), so due within the days before its due date, or on its due day.
      if (action.dueDate.getTime() - now.getTime() > REMINDER_RULES.actionDueSoonDays * DAY_MS) return [];
      const kind = NotificationKind.CORRECTIVE_ACTION_DUE_SOON;
      return [{ kind, userIds: action.leadIds, subject, dedupeKey: `${kind}:${action.id}:${due}` }];
    });
  }

  private async trainingDue(manager: EntityManager, now: Date): Promise<NotificationDraft[]> {
    const days = REMINDER_RULES.trainingExpiringDays;
    const candidates = await this.repository.training(manager, now, new Date(now.getTime() + days * DAY_MS));
    const kind = NotificationKind.TRAINING_EXPIRING;
    return candidates
      .filter((record) => withinDaysBefore(record.expiresOn, now, days))
      .flatMap((record) => {
        const subject = { courseCode: record.courseCode, personName: record.personName, userId: record.userId, dueDate: record.expiresOn };
        const dedupeKey = `${kind}:${record.recordId}`;
        return [
          { kind, userIds: [record.userId], subject: { ...subject, own: true }, dedupeKey },
          { kind, userIds: record.leadIds, subject: { ...subject, own: false }, dedupeKey },
        ];
      });
  }

  private async agreementsDue(manager: EntityManager, now: Date): Promise<NotificationDraft[]> {
    const furthest = Math.max(...REMINDER_RULES.agreementExpiringDays);
    const candidates = await this.repository.agreements(manager, now, new Date(now.getTime() + furthest * DAY_MS));
    if (candidates.length === 0) return [];
    const admins = await this.notifications.admins(manager);
    const kind = NotificationKind.AGREEMENT_EXPIRING;
    return candidates.flatMap((agreement) => {
      const daysLeft = agreementReminderDue(agreement.expiresOn, now);
      if (daysLeft === null) return [];
      return [
        {
          kind,
          userIds: [...admins, ...agreement.leadIds],
          subject: { agreementId: agreement.id, agreementTitle: agreement.title, dueDate: agreement.expiresOn, daysLeft },
          dedupeKey: `${kind}:${agreement.id}:${agreement.expiresOn.toISOString()}:${daysLeft}`,
        },
      ];
    });
  }
}
