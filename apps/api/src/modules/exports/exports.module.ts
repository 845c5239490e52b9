import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { AuthModule } from '../auth/auth.module';
import { OversightModule } from '../oversight/oversight.module';
import { PlansModule } from '../plans/plans.module';
import { ExportController } from './export.controller';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';
import { TransparencyExportController } from './transparency-export.controller';
import { TransparencyExportService } from './transparency-export.service';

@Module({
  imports: [AuthModule, PlansModule, OversightModule, AgreementsModule],
  controllers: [ExportController, TransparencyExportController],
  providers: [ExportRepository, ExportService, TransparencyExportService],
})
export class ExportsModule {}
