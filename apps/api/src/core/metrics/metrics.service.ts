import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LiveStats } from '../events/live-stats';

/** Prometheus metrics of this instance (GET /metrics). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'jointops_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly eventsDelivered = new Counter({
    name: 'jointops_events_delivered_total',
    help: 'Plan events pushed to subscribers by this instance.',
    registers: [this.registry],
  });

  readonly fanoutLag = new Histogram({
    name: 'jointops_fanout_lag_seconds',
    help: 'From an event being committed to it being pushed to a subscriber here.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly notificationEmailsSent = new Counter({
    name: 'jointops_notification_emails_sent_total',
    help: 'Notification emails the SMTP server accepted from this instance.',
    registers: [this.registry],
  });

  readonly notificationEmailFailures = new Counter({
    name: 'jointops_notification_email_failures_total',
    help: 'Notification emails the SMTP server refused or could not be reached for (each is retried).',
    registers: [this.registry],
  });

  constructor(
    stats: LiveStats,
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (config.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'jointops_' });
    new Gauge({
      name: 'jointops_open_subscriptions',
      help: 'Open GraphQL subscriptions by kind.',
      labelNames: ['kind'] as const,
      registers: [this.registry],
      collect() {
        this.set({ kind: 'planEvents' }, stats.eventStreams);
        this.set({ kind: 'planPresence' }, stats.presenceStreams);
        this.set({ kind: 'notificationAdded' }, stats.notificationStreams);
      },
    });
    new Gauge({ name: 'jointops_open_sockets', help: 'Open graphql-ws connections.', registers: [this.registry], collect() { this.set(stats.sockets); } });
    new Gauge({
      name: 'jointops_db_pool_connections',
      help: 'Database pool connections by state.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
}
