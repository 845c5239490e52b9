import { Global, Module } from '@nestjs/common';
import { PlanEventBus } from './plan-event-bus';

@Global()
@Module({ providers: [PlanEventBus], exports: [PlanEventBus] })
export class EventBusModule {}
