import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { ExportController } from './export.controller';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';

@Module({
  imports: [AuthModule, PlansModule],
  controllers: [ExportController],
  providers: [ExportRepository, ExportService],
})
export class ExportsModule {}
