import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { PresenceResolver } from './presence.resolver';
import { PresenceService } from './presence.service';

@Module({
  imports: [AuthModule, PlansModule],
  providers: [PresenceService, PresenceResolver],
  exports: [PresenceService],
})
export class PresenceModule {}
