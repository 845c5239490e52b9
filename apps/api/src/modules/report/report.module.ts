import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { AfterActionReport } from './after-action-report.entity';
import { AfterActionResolver, ObjectiveResultResolver, PlanReportResolver, TimelineDeviationResolver } from './report.resolver';
import { AfterActionService } from './report.service';
import { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import { CorrectiveActionsResolver } from '../corrective-actions/corrective-actions.resolver';
import { LessonsService } from '../lessons/lessons.service';
import { LessonHitResolver, ReportsResolver } from '../oversight/oversight.resolver';
import { ReportsService } from '../oversight/oversight.service';

@Module({
  imports: [TypeOrmModule.forFeature([AfterActionReport, CorrectiveAction]), AuthModule, PlansModule],
  providers: [
    ReportsService,
    AfterActionService,
    LessonsService,
    ReportsResolver,
    LessonHitResolver,
    AfterActionResolver,
    ObjectiveResultResolver,
    TimelineDeviationResolver,
    PlanReportResolver,
    CorrectiveActionsResolver,
  ],
  exports: [ReportsService, AfterActionService],
})
export class ReportsModule {}
