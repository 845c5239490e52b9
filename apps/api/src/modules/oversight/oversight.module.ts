import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OversightRepository } from './oversight.repository';
import { OversightResolver } from './oversight.resolver';
import { OversightService } from './oversight.service';

/**
 * Figures for oversight: the transparency report (counts only). The plan event log, its
 * verification and the access log that oversight staff also read are served by the events module.
 */
@Module({
  imports: [AuthModule],
  providers: [OversightService, OversightRepository, OversightResolver],
  exports: [OversightService],
})
export class OversightModule {}
