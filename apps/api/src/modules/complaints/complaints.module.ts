import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ComplaintFilingService } from './complaint-filing.service';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintLoaders } from './complaint.loaders';
import { ComplaintChangeResolver, ComplaintsResolver, PublicComplaintsResolver } from './complaints.resolver';
import { ComplaintsRepository } from './complaints.repository';

/** Complaints (docs/architecture.md#the-public-side): filed by anyone, followed by tracking code, handled by oversight. */
@Module({
  imports: [AuthModule],
  providers: [ComplaintsRepository, ComplaintFilingService, ComplaintHandlingService, ComplaintLoaders, PublicComplaintsResolver, ComplaintsResolver, ComplaintChangeResolver],
  // The demo seed files and handles complaints through the same rules.
  exports: [ComplaintFilingService, ComplaintHandlingService],
})
export class ComplaintsModule {}
