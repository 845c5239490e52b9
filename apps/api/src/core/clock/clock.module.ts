import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** The API's one Clock, for every module. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
