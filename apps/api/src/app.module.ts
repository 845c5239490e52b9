import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { type AppConfig } from './core/config/app-config';
import { ClockModule } from './core/clock/clock.module';
import { ConfigModule } from './core/config/config.module';
import { DataloaderModule } from './core/dataloaders/dataloader.module';
import { DataloaderService } from './core/dataloaders/dataloader.service';
import { GraphqlCoreModule } from './core/graphql/graphql-core.module';
import { buildGraphqlOptions } from './core/graphql/graphql-options';
import { HealthModule } from './core/health/health.module';
import { LoggingModule } from './core/logging/logging.module';
import { MetricsModule } from './core/metrics/metrics.module';
import { MetricsService } from './core/metrics/metrics.service';
import { DatabaseModule } from './database/database.module';
import { SeedModule } from './database/seed/seed.module';
import { AgenciesModule } from './modules/agencies/agencies.module';
import { AgreementsModule } from './modules/agreements/agreements.module';
import { ApprovalsModule } from './modules/approvals/approvals.module';
import { AuthModule } from './modules/auth/auth.module';
import { ChecklistModule } from './modules/checklist/checklist.module';
import { CommsModule } from './modules/comms/comms.module';
import { PlacesModule } from './modules/places/places.module';
import { ComplaintsModule } from './modules/complaints/complaints.module';
import { CorrectiveActionsModule } from './modules/corrective-actions/corrective-actions.module';
import { DebriefsModule } from './modules/debriefs/debriefs.module';
import { EffectivenessModule } from './modules/effectiveness/effectiveness.module';
import { EventsModule } from './modules/events/events.module';
import { ExportsModule } from './modules/exports/exports.module';
import { LessonsModule } from './modules/lessons/lessons.module';
import { MyWorkModule } from './modules/my-work/my-work.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { JobsModule } from './core/jobs/jobs.module';
import { ObjectivesModule } from './modules/objectives/objectives.module';
import { OperationLogModule } from './modules/operation-log/operation-log.module';
import { OversightModule } from './modules/oversight/oversight.module';
import { PlanReadRecorder } from './modules/plans/plan-read-recorder';
import { PlansModule } from './modules/plans/plans.module';
import { PublicFiguresModule } from './modules/public-figures/public-figures.module';
import { PresenceModule } from './modules/presence/presence.module';
import { ReportModule } from './modules/report/report.module';
import { ResourcesModule } from './modules/resources/resources.module';
import { RolesModule } from './modules/roles/roles.module';
import { SsoModule } from './modules/sso/sso.module';
import { TimelineModule } from './modules/timeline/timeline.module';
import { TrainingModule } from './modules/training/training.module';
import { UsersModule } from './modules/users/users.module';
import { EventBusModule } from './core/events/event-bus.module';

@Module({})
export class AppModule {
  static register(config: AppConfig & { databaseUrl: string }, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(config.databaseUrl),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [DataloaderModule, PlansModule],
          inject: [DataloaderService, MetricsService, PlanReadRecorder],
          useFactory: (dataloaders: DataloaderService, metrics: MetricsService, reads: PlanReadRecorder) => ({
            ...buildGraphqlOptions(config, logger, dataloaders, metrics),
            // Every read of plan content by a query or subscription goes to the access log.
            transformSchema: (schema) => reads.instrument(schema),
          }),
        }),
        GraphqlCoreModule,
        HealthModule,
        MetricsModule,
        SeedModule,
        AuthModule,
        SsoModule,
        AgenciesModule,
        UsersModule,
        AgreementsModule,
        EventBusModule,
        JobsModule,
        NotificationsModule,
        EventsModule,
        PlansModule,
        ObjectivesModule,
        RolesModule,
        ChecklistModule,
        TimelineModule,
        ResourcesModule,
        CommsModule,
        PlacesModule,
        PresenceModule,
        ApprovalsModule,
        ReportModule,
        CorrectiveActionsModule,
        LessonsModule,
        MyWorkModule,
        OversightModule,
        PublicFiguresModule,
        OperationLogModule,
        DebriefsModule,
        ExportsModule,
        TrainingModule,
        EffectivenessModule,
        ComplaintsModule,
      ],
    };
  }
}
