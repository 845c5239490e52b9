import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionsRepository } from './corrective-actions.repository';
import { CorrectiveActionsResolver, ReportCorrectiveActionsResolver } from './corrective-actions.resolver';
import { CorrectiveActionsService } from './corrective-actions.service';

/** The improvement plan: corrective actions of after-action reports, and the list across plans. */
@Module({
  imports: [TypeOrmModule.forFeature([CorrectiveAction]), AuthModule, PlansModule],
  providers: [CorrectiveActionsService, CorrectiveActionsRepository, CorrectiveActionsResolver, ReportCorrectiveActionsResolver],
  exports: [CorrectiveActionsService],
})
export class CorrectiveActionsModule {}
