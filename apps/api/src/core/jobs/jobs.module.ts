import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** pg-boss, for every feature module that runs jobs (core/jobs knows none of them). */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
