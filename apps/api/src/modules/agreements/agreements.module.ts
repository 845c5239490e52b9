import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { AgreementDocumentController } from './agreement-document.controller';
import { AgreementDocumentsService } from './agreement-documents.service';
import { AgreementLoaders } from './agreement.loaders';
import { AgreementReadsService } from './agreement-reads.service';
import { AgreementChangeResolver, AgreementsResolver, PlanAgreementsResolver } from './agreements.resolver';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';

/** Agreements between agencies: the register, their history, the signed PDF, and Plan.agreements. */
@Module({
  imports: [AuthModule, PlansModule],
  controllers: [AgreementDocumentController],
  providers: [AgreementsRepository, AgreementsService, AgreementReadsService, AgreementDocumentsService, AgreementLoaders, AgreementsResolver, AgreementChangeResolver, PlanAgreementsResolver],
  exports: [AgreementsService, AgreementReadsService],
})
export class AgreementsModule {}
