import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { PlanEventResolver, PlanLogResolver } from './events.resolver';
import { PlanEventStream } from './plan-event-stream.service';
import { PlanEventsService } from './plan-events.service';

@Module({
  imports: [AuthModule, PlansModule],
  providers: [PlanEventsService, PlanEventStream, PlanLogResolver, PlanEventResolver],
  exports: [PlanEventsService],
})
export class EventsModule {}
