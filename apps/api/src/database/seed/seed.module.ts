import { Module } from '@nestjs/common';
import { AgenciesModule } from '../../modules/agencies/agencies.module';
import { ApprovalsModule } from '../../modules/approvals/approvals.module';
import { DebriefsModule } from '../../modules/debriefs/debriefs.module';
import { ReportModule } from '../../modules/report/report.module';
import { ChecklistModule } from '../../modules/checklist/checklist.module';
import { CommsModule } from '../../modules/comms/comms.module';
import { PlacesModule } from '../../modules/places/places.module';
import { CorrectiveActionsModule } from '../../modules/corrective-actions/corrective-actions.module';
import { ObjectivesModule } from '../../modules/objectives/objectives.module';
import { OperationLogModule } from '../../modules/operation-log/operation-log.module';
import { PlansModule } from '../../modules/plans/plans.module';
import { ResourcesModule } from '../../modules/resources/resources.module';
import { RolesModule } from '../../modules/roles/roles.module';
import { TimelineModule } from '../../modules/timeline/timeline.module';
import { AgreementsModule } from '../../modules/agreements/agreements.module';
import { TrainingModule } from '../../modules/training/training.module';
import { UsersModule } from '../../modules/users/users.module';
import { ComplaintsModule } from '../../modules/complaints/complaints.module';
import { NotificationsModule } from '../../modules/notifications/notifications.module';
import { DemoAccountabilitySeed } from './demo-accountability';
import { DemoClosedPlanSeed } from './demo-closed-plan';
import { DemoComplaintsSeed } from './demo-complaints';
import { DemoPlanSeed } from './demo-plan';
import { SeedService } from './seed.service';

@Module({
  imports: [AgenciesModule, UsersModule, PlansModule, ObjectivesModule, RolesModule, ChecklistModule, TimelineModule, ResourcesModule, CommsModule, PlacesModule, ApprovalsModule, OperationLogModule, DebriefsModule, ReportModule, CorrectiveActionsModule, TrainingModule, AgreementsModule, ComplaintsModule, NotificationsModule],
  providers: [SeedService, DemoPlanSeed, DemoClosedPlanSeed, DemoAccountabilitySeed, DemoComplaintsSeed],
  exports: [SeedService],
})
export class SeedModule {}
