import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../../../core/jobs/jobs.service';
import { RemindersService } from './reminders.service';

/** The pg-boss queue of the scheduled reminders. */
export const REMINDERS_QUEUE = 'notification-reminders';

/**
 * Runs the reminders (RemindersService) as a pg-boss job every 5 minutes (UTC cron): pg-boss queues
 * one job per slot across every replica, retries a failed run with exponential backoff, and hands a
 * run that outlives `expireInSeconds` to another worker. A run is idempotent, so a retry or an extra
 * run (`JobsService.send(REMINDERS_QUEUE)`) writes only what is still missing.
 */
@Injectable()
export class RemindersJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: RemindersService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.register({
      name: REMINDERS_QUEUE,
      retryLimit: 3,
      retryDelay: 30,
      expireInSeconds: 240,
      schedule: '*/5 * * * *',
      handler: async () => {
        await this.reminders.run();
      },
    });
  }
}
