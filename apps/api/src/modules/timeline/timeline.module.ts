import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { TimelineEvent } from './timeline-event.entity';
import { PlanTimelineResolver, TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

@Module({
  imports: [TypeOrmModule.forFeature([TimelineEvent]), AuthModule, PlansModule],
  exports: [TimelineService],
  providers: [TimelineService, TimelineResolver, PlanTimelineResolver],
})
export class TimelineModule {}
