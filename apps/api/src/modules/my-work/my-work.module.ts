import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { MyWorkRepository } from './my-work.repository';
import { MyWorkResolver } from './my-work.resolver';
import { MyWorkService } from './my-work.service';

/** The My work page's one query (docs/architecture.md). */
@Module({
  imports: [AuthModule, PlansModule],
  providers: [MyWorkService, MyWorkRepository, MyWorkResolver],
})
export class MyWorkModule {}
