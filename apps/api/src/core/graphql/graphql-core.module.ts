import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { DataloaderModule } from '../dataloaders/dataloader.module';
import { GraphqlWsServer } from './graphql-ws.server';

@Module({
  imports: [AuthModule, DataloaderModule],
  providers: [GraphqlWsServer],
  exports: [GraphqlWsServer],
})
export class GraphqlCoreModule {}
