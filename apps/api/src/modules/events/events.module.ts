import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlanEventResolver, PlanLogResolver } from './events.resolver';
import { PlanEventsService } from './plan-events.service';

@Module({
  imports: [AuthModule],
  providers: [PlanEventsService, PlanLogResolver, PlanEventResolver],
  exports: [PlanEventsService],
})
export class EventsModule {}
