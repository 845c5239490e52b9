import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { AfterActionReport } from './after-action-report.entity';
import { AfterActionResolver, ObjectiveResultResolver, PlanReportResolver, TimelineDeviationResolver } from './after-action.resolver';
import { AfterActionService } from './after-action.service';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionsResolver } from './corrective-actions.resolver';
import { LessonsService } from './lessons.service';
import { LessonHitResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

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
