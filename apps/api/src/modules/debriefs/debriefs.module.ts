import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { Debrief } from './debrief.entity';
import { DebriefRepository } from './debrief.repository';
import { DebriefsResolver, ObjectiveOutcomeResolver, PlanDebriefsResolver } from './debriefs.resolver';
import { DebriefsService } from './debriefs.service';

@Module({
  imports: [TypeOrmModule.forFeature([Debrief]), AuthModule, PlansModule],
  providers: [DebriefRepository, DebriefsService, DebriefsResolver, ObjectiveOutcomeResolver, PlanDebriefsResolver],
  exports: [DebriefsService],
})
export class DebriefsModule {}
