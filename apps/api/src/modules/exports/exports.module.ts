import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { AuthModule } from '../auth/auth.module';
import { OversightModule } from '../oversight/oversight.module';
import { PlansModule } from '../plans/plans.module';
import { PublicFiguresModule } from '../public-figures/public-figures.module';
import { ExportController } from './export.controller';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';
import { PublicFiguresExportController } from './public-figures-export.controller';
import { PublicFiguresExportService } from './public-figures-export.service';
import { TransparencyExportController } from './transparency-export.controller';
import { TransparencyExportService } from './transparency-export.service';

@Module({
  imports: [AuthModule, PlansModule, OversightModule, AgreementsModule, PublicFiguresModule],
  controllers: [ExportController, TransparencyExportController, PublicFiguresExportController],
  providers: [ExportRepository, ExportService, TransparencyExportService, PublicFiguresExportService],
})
export class ExportsModule {}
