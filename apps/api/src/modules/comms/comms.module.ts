import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { CommsChannel } from './comms-channel.entity';
import { CommsResolver, PlanCommsResolver } from './comms.resolver';
import { CommsService } from './comms.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommsChannel]), AuthModule, PlansModule],
  exports: [CommsService],
  providers: [CommsService, CommsResolver, PlanCommsResolver],
})
export class CommsModule {}
