import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { EmailOutboxRepository } from './email/email-outbox.repository';
import { MailTransport } from './email/mail-transport';
import { NotificationEmailWorker } from './email/notification-email.worker';
import { Notification } from './notification.entity';
import { NotificationStream } from './notification-stream';
import { NotificationWriter } from './notification-writer';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PlanNotifier } from './plan-notifier';
import { RemindersJob } from './reminders/reminders.job';
import { RemindersRepository } from './reminders/reminders.repository';
import { RemindersService } from './reminders/reminders.service';

/**
 * Notifications (docs/architecture.md#notifications): written in the transaction of the change that
 * causes them (PlanNotifier for plan changes; the reminder job for what time brings), shown live,
 * and emailed as pg-boss jobs.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), AuthModule, PlansModule],
  providers: [
    NotificationsRepository,
    NotificationWriter,
    NotificationsService,
    NotificationStream,
    NotificationsResolver,
    PlanNotifier,
    RemindersRepository,
    RemindersService,
    RemindersJob,
    MailTransport,
    EmailOutboxRepository,
    NotificationEmailWorker,
  ],
  exports: [NotificationWriter, RemindersService],
})
export class NotificationsModule {}
