import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Agency } from './agency.entity';
import { AgenciesResolver } from './agencies.resolver';
import { AgenciesService } from './agencies.service';
import { AgencyLoaders } from './agency.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([Agency]), AuthModule],
  providers: [AgencyLoaders, AgenciesService, AgenciesResolver],
  exports: [AgenciesService],
})
export class AgenciesModule {}
