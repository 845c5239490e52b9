import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { APP_LOGGER } from '../logging/logger';

/** A queue a feature module works: its retry policy, its handler and, for a reminder, its schedule. */
export interface JobQueue<T extends object> {
  name: string;
  /** Retries with exponential backoff from `retryDelay` seconds; a job not done within `expireInSeconds` is retried elsewhere. */
  retryLimit: number;
  retryDelay: number;
  expireInSeconds: number;
  /** Cron (UTC): pg-boss queues one job per slot across every replica. */
  schedule?: string;
  handler: (data: T, job: PgBoss.Job<T>) => Promise<void>;
}

/**
 * The job runner, on PostgreSQL with pg-boss (its tables live in the `pgboss` schema): retries
 * with backoff, one schedule across all replicas, and sends that join the caller's transaction,
 * so a job exists exactly when the change that owes it commits. No in-process timer decides
 * anything: pg-boss's own polling only picks up what the database says is due.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private boss: PgBoss | null = null;
  private readonly queues: JobQueue<object>[] = [];
  /** Registrations one at a time: Nest runs a module's init hooks together, and concurrent createQueue calls deadlock. */
  private registering: Promise<void> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig & { databaseUrl?: string },
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** Whether this instance runs jobs (JOINTOPS_JOBS). When not, nothing is sent or worked here. */
  get enabled(): boolean {
    return this.config.jobs;
  }

  async onModuleInit(): Promise<void> {
    if (!this.config.jobs) return;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl ?? undefined,
      schema: 'pgboss',
      max: 4,
      application_name: 'jointops-jobs',
      // Scheduled reminders are checked every 30 s; a slot is queued once, whichever replica sees it first.
      cronMonitorIntervalSeconds: 30,
      cronWorkerIntervalSeconds: 5,
    });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job runner error'));
    await boss.start();
    this.boss = boss;
  }

  /** Creates the queue (and its schedule); its worker starts once the application has booted. */
  register<T extends object>(queue: JobQueue<T>): Promise<void> {
    this.queues.push(queue as unknown as JobQueue<object>);
    const boss = this.boss;
    if (!boss) return Promise.resolve();
    const done = this.registering.then(() => this.createQueue(boss, queue as unknown as JobQueue<object>));
    this.registering = done.catch(() => undefined);
    return done;
  }

  /** Creates or updates the queue; another replica starting at the same moment may deadlock it once, so it tries again. */
  private async createQueue(boss: PgBoss, queue: JobQueue<object>, attempt = 1): Promise<void> {
    try {
      await this.upsertQueue(boss, queue);
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      await this.createQueue(boss, queue, attempt + 1);
    }
  }

  private async upsertQueue(boss: PgBoss, queue: JobQueue<object>): Promise<void> {
    const options = { name: queue.name, retryLimit: queue.retryLimit, retryDelay: queue.retryDelay, retryBackoff: true, expireInSeconds: queue.expireInSeconds };
    if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, options);
    else await boss.createQueue(queue.name, options);
    if (queue.schedule) await boss.schedule(queue.name, queue.schedule, {}, { tz: 'UTC', singletonKey: queue.name });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.boss) return;
    for (const queue of this.queues) {
      await this.boss.work<object>(queue.name, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => {
        await queue.handler(job.data, job);
      });
    }
  }

  /**
   * Sends a job inside the caller's transaction: it exists if and only if the transaction commits.
   * `id` makes it idempotent (a second send with the same id is ignored). Null when jobs are off.
   */
  async sendWithin(manager: EntityManager, name: string, data: object, options: { id?: string; singletonKey?: string } = {}): Promise<string | null> {
    if (!this.boss) return null;
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
    return this.boss.send(name, data, { ...options, db });
  }

  /** Sends a job now (outside any transaction), for example a reminder run on demand. */
  async send(name: string, data: object = {}, options: { id?: string; singletonKey?: string } = {}): Promise<string | null> {
    if (!this.boss) return null;
    return this.boss.send(name, data, options);
  }

  /** Tests and operators: the job as pg-boss holds it (state, retries), or null. */
  async job(name: string, id: string): Promise<PgBoss.JobWithMetadata<object> | null> {
    if (!this.boss) return null;
    return this.boss.getJobById(name, id, { includeArchive: true });
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Not graceful: pg-boss fails this instance's active jobs into retry at once, and another replica
    // (or this one, restarted) does them again. Handlers are idempotent, so nothing is lost or done twice.
    if (boss) await boss.stop({ graceful: false, wait: true, close: true }).catch((error) => this.logger.warn({ err: error }, 'job runner stop'));
  }
}
