import { Module } from '@nestjs/common';
import { AgenciesModule } from '../../modules/agencies/agencies.module';
import { UsersModule } from '../../modules/users/users.module';
import { DataloaderService } from './dataloader.service';

@Module({
  imports: [AgenciesModule, UsersModule],
  providers: [DataloaderService],
  exports: [DataloaderService],
})
export class DataloaderModule {}
