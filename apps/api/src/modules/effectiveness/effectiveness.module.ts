import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { EffectivenessRepository } from './effectiveness.repository';
import { EffectivenessResolver } from './effectiveness.resolver';
import { EffectivenessService } from './effectiveness.service';

/** The effectiveness report (issue 17): outcomes, slips, incidents, complaints and corrective actions of closed operations. */
@Module({
  imports: [AuthModule, PlansModule],
  providers: [EffectivenessService, EffectivenessRepository, EffectivenessResolver],
})
export class EffectivenessModule {}
