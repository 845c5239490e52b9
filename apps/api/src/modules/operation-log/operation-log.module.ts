import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { ActivityEntry } from './activity-entry.entity';
import { ActivityResolver, PlanActivityResolver } from './operation-log.resolver';
import { ActivityService } from './operation-log.service';

@Module({
  imports: [TypeOrmModule.forFeature([ActivityEntry]), AuthModule, PlansModule],
  providers: [ActivityService, ActivityResolver, PlanActivityResolver],
  exports: [ActivityService],
})
export class ActivityModule {}
