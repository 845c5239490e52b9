import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { Objective } from './objective.entity';
import { ObjectivesResolver } from './objectives.resolver';
import { ObjectivesService } from './objectives.service';
import { ObjectiveLoaders } from './objective.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([Objective]), AuthModule, PlansModule],
  exports: [ObjectivesService],
  providers: [ObjectiveLoaders, ObjectivesService, ObjectivesResolver],
})
export class ObjectivesModule {}
