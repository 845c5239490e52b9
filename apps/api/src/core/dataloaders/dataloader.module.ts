import { Module } from '@nestjs/common';
import { PlansModule } from '../../modules/plans/plans.module';
import { DataloaderService } from './dataloader.service';

@Module({
  imports: [PlansModule],
  providers: [DataloaderService],
  exports: [DataloaderService],
})
export class DataloaderModule {}
