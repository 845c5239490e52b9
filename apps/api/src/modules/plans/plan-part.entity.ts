import { ObjectType } from '@nestjs/graphql';
import { PlanRowEntity } from './plan-row.entity';

/** The base of every plan part's entity (objectives, roles, checklist, timeline, resources, comms). */
@ObjectType({ isAbstract: true })
export abstract class PlanPartEntity extends PlanRowEntity {}
