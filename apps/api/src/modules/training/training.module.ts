import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { Course } from './course.entity';
import { TrainingRecord } from './training-record.entity';
import { TrainingLoaders } from './training.loaders';
import { TrainingRepository } from './training.repository';
import { CoursesResolver, TrainingRecordsResolver } from './training.resolver';
import { TrainingService } from './training.service';

/** Courses and training records (docs/architecture.md#training). */
@Module({
  imports: [TypeOrmModule.forFeature([Course, TrainingRecord]), AuthModule, PlansModule],
  providers: [TrainingRepository, TrainingLoaders, TrainingService, CoursesResolver, TrainingRecordsResolver],
  exports: [TrainingService],
})
export class TrainingModule {}
