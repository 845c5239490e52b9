import { Module } from '@nestjs/common';
import { AgenciesModule } from '../../modules/agencies/agencies.module';
import { ChecklistModule } from '../../modules/checklist/checklist.module';
import { CommsModule } from '../../modules/comms/comms.module';
import { ObjectivesModule } from '../../modules/objectives/objectives.module';
import { PlansModule } from '../../modules/plans/plans.module';
import { ResourcesModule } from '../../modules/resources/resources.module';
import { RolesModule } from '../../modules/roles/roles.module';
import { TimelineModule } from '../../modules/timeline/timeline.module';
import { UsersModule } from '../../modules/users/users.module';
import { DemoPlanSeed } from './demo-plan';
import { SeedService } from './seed.service';

@Module({
  imports: [AgenciesModule, UsersModule, PlansModule, ObjectivesModule, RolesModule, ChecklistModule, TimelineModule, ResourcesModule, CommsModule],
  providers: [SeedService, DemoPlanSeed],
  exports: [SeedService],
})
export class SeedModule {}
