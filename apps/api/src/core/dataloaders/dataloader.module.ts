import { Module } from '@nestjs/common';
import { AgenciesModule } from '../../modules/agencies/agencies.module';
import { PlansModule } from '../../modules/plans/plans.module';
import { UsersModule } from '../../modules/users/users.module';
import { DataloaderService } from './dataloader.service';

@Module({
  imports: [AgenciesModule, UsersModule, PlansModule],
  providers: [DataloaderService],
  exports: [DataloaderService],
})
export class DataloaderModule {}
