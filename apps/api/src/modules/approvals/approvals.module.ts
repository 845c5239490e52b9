import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { Approval } from './approval.entity';
import { ApprovalsResolver, PlanApprovalsResolver } from './approvals.resolver';
import { ApprovalsService } from './approvals.service';
import { ApprovalRepository } from './approval.repository';

@Module({
  imports: [TypeOrmModule.forFeature([Approval]), AuthModule, PlansModule],
  providers: [ApprovalRepository, ApprovalsService, ApprovalsResolver, PlanApprovalsResolver],
  exports: [ApprovalsService],
})
export class ApprovalsModule {}
