import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { APP_LOGGER } from '../logging/logger';
import { LiveBus } from './live-bus';
import { LiveStats } from './live-stats';
import { SocketEvents } from './socket-events';
import { LIVE_TRANSPORT, type LiveTransport } from './transports/live-transport';
import { PostgresNotifyTransport } from './transports/postgres-notify.transport';
import { RedisTransport } from './transports/redis.transport';

@Global()
@Module({
  providers: [
    {
      provide: LIVE_TRANSPORT,
      inject: [APP_CONFIG, APP_LOGGER],
      useFactory: (config: AppConfig & { databaseUrl: string }, logger: Logger): LiveTransport =>
        config.redisUrl ? new RedisTransport(config.redisUrl, logger) : new PostgresNotifyTransport(config.databaseUrl, logger),
    },
    LiveBus,
    LiveStats,
    SocketEvents,
  ],
  exports: [LiveBus, LiveStats, SocketEvents],
})
export class EventBusModule {}
