import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { PlanPartEntity } from '../plans/plan-part.entity';

@ObjectType({ description: 'What an agency commits to the operation: people, vehicles, equipment.' })
@Entity({ name: 'resource_commitments' })
export class ResourceCommitment extends PlanPartEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Field({ description: 'e.g. Officers, Vehicles, K9 units, Interpreters, Medical units.' })
  @Column({ type: 'text' })
  kind!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quantity!: number;

  @Field()
  @Column({ type: 'text' })
  notes!: string;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
