import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from '../../modules/auth/auth.module';
import { DataloaderModule } from '../dataloaders/dataloader.module';
import { GraphqlErrorPassthrough } from '../errors/graphql-error-passthrough.filter';
import { GraphqlWsServer } from './graphql-ws.server';

@Module({
  imports: [AuthModule, DataloaderModule],
  // Unexpected errors in resolvers are logged once, by the GraphQL paths (logUnexpectedErrors), not again by Nest.
  providers: [GraphqlWsServer, { provide: APP_FILTER, useClass: GraphqlErrorPassthrough }],
  exports: [GraphqlWsServer],
})
export class GraphqlCoreModule {}
