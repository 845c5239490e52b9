import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';
import { UuidEntity } from '../../core/database/uuid.entity';

/**
 * The columns every table of a plan's rows shares (the migrations create them): its id, its plan
 * and the version optimistic concurrency compares. Plan parts, debriefs, reports and corrective
 * actions extend it.
 */
@ObjectType({ isAbstract: true })
export abstract class PlanRowEntity extends UuidEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
