import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { ResourceCommitment } from './resource-commitment.entity';
import { PlanResourcesResolver, ResourcesResolver } from './resources.resolver';
import { ResourcesService } from './resources.service';

@Module({
  imports: [TypeOrmModule.forFeature([ResourceCommitment]), AuthModule, PlansModule],
  exports: [ResourcesService],
  providers: [ResourcesService, ResourcesResolver, PlanResourcesResolver],
})
export class ResourcesModule {}
