import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every plan part's table shares (the migrations create them): its id, its plan and
 * the version optimistic concurrency compares. Each part's entity extends it.
 */
@ObjectType({ isAbstract: true })
export abstract class PlanPartEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
