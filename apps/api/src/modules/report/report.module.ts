import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { AfterActionReport } from './after-action-report.entity';
import { ReportLoaders } from './report.loaders';
import { ReportRepository } from './report.repository';
import { ObjectiveResultResolver, PlanReportResolver, ReportResolver, TimelineDeviationResolver } from './report.resolver';
import { ReportService } from './report.service';

/** The after-action report of a completed operation: drafted from debriefs and actuals, then finalized. */
@Module({
  imports: [TypeOrmModule.forFeature([AfterActionReport]), AuthModule, PlansModule],
  providers: [ReportService, ReportRepository, ReportLoaders, ReportResolver, ObjectiveResultResolver, TimelineDeviationResolver, PlanReportResolver],
  exports: [ReportService],
})
export class ReportModule {}
