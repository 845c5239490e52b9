import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { ChecklistItem } from './checklist-item.entity';
import { ChecklistTemplate } from './checklist-template.entity';
import { ChecklistResolver, PlanChecklistResolver } from './checklist.resolver';
import { ChecklistService } from './checklist.service';

@Module({
  imports: [TypeOrmModule.forFeature([ChecklistItem, ChecklistTemplate]), AuthModule, PlansModule],
  exports: [ChecklistService],
  providers: [ChecklistService, ChecklistResolver, PlanChecklistResolver],
})
export class ChecklistModule {}
