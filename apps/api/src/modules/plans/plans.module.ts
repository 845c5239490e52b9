import { ClientWritesRepository } from './client-writes.repository';
import { ClientWritesService } from './client-writes.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { AccessLogRepository } from './access-log.repository';
import { AccessLogService } from './access-log.service';
import { PlanAccessService } from './plan-access.service';
import { PlanChangeService } from './plan-change.service';
import { PlanChangeObservers } from './plan-change.observers';
import { PlanContentService } from './plan-content.service';
import { PlanLifecycleResolver } from './plan-lifecycle.resolver';
import { PlanLifecycleService } from './plan-lifecycle.service';
import { PlanItemsService } from './plan-items.service';
import { PlanLogRepository } from './plan-log.repository';
import { PlanLogWriter } from './plan-log.writer';
import { PlanReadRecorder } from './plan-read-recorder';
import { Plan } from './plan.entity';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';
import { PlanLoaders } from './plan.loaders';
import { PlanContentRepository } from './plan-content.repository';
import { PlanRepository } from './plan.repository';
import { PlanAccountabilityRepository } from './plan-accountability.repository';
import { PlanReadinessAnnouncer } from './plan-readiness.announcer';
import { PlanReadinessService } from './plan-readiness.service';

@Module({
  imports: [TypeOrmModule.forFeature([Plan]), AuthModule],
  providers: [ClientWritesRepository, ClientWritesService, PlanRepository, PlanContentRepository, PlanLoaders, PlansService, AccessLogRepository, AccessLogService, PlanAccessService, PlanChangeService, PlanChangeObservers, PlanItemsService, PlanContentService, PlanLogRepository, PlanLogWriter, PlanLifecycleService, PlansResolver, PlanLifecycleResolver, PlanReadRecorder, PlanAccountabilityRepository, PlanReadinessAnnouncer, PlanReadinessService],
  exports: [ClientWritesService, PlanChangeObservers, PlanRepository, PlanReadinessAnnouncer, PlanReadinessService, PlansService, AccessLogService, PlanAccessService, PlanChangeService, PlanItemsService, PlanContentService, PlanLifecycleService, PlanReadRecorder],
})
export class PlansModule {}
