import { Global, Module } from '@nestjs/common';
import { DataloaderService } from './dataloader.service';

/** Global, so each feature module can register its loaders without importing this module. */
@Global()
@Module({
  providers: [DataloaderService],
  exports: [DataloaderService],
})
export class DataloaderModule {}
