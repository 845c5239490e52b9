import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { ActivityEntry } from './activity-entry.entity';
import { OperationLogRepository } from './operation-log.repository';
import { OperationLogResolver, PlanOperationLogResolver } from './operation-log.resolver';
import { OperationLogService } from './operation-log.service';

@Module({
  imports: [TypeOrmModule.forFeature([ActivityEntry]), AuthModule, PlansModule],
  providers: [OperationLogService, OperationLogRepository, OperationLogResolver, PlanOperationLogResolver],
  exports: [OperationLogService],
})
export class OperationLogModule {}
