import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { LessonsRepository } from './lessons.repository';
import { LessonsResolver } from './lessons.resolver';
import { LessonsService } from './lessons.service';

/** Lessons learned: full-text search over the after-action reports of closed plans. */
@Module({
  imports: [AuthModule, PlansModule],
  providers: [LessonsService, LessonsRepository, LessonsResolver],
})
export class LessonsModule {}
