import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { TimelineEvent } from './timeline-event.entity';
import { PlanTimelineResolver, TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';
import { TimelineLoaders } from './timeline.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([TimelineEvent]), AuthModule, PlansModule],
  exports: [TimelineService],
  providers: [TimelineLoaders, TimelineService, TimelineResolver, PlanTimelineResolver],
})
export class TimelineModule {}
