import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { PlanEventResolver, PlanLogResolver } from './events.resolver';
import { AuditResolver } from './audit.resolver';
import { PlanAuditService } from './plan-audit.service';
import { PlanEventStream } from './plan-event-stream.service';
import { PlanEventRepository } from './plan-event.repository';
import { PlanEventsService } from './plan-events.service';

@Module({
  imports: [AuthModule, PlansModule],
  providers: [PlanEventRepository, PlanEventsService, PlanEventStream, PlanAuditService, PlanLogResolver, PlanEventResolver, AuditResolver],
  exports: [PlanEventsService],
})
export class EventsModule {}
