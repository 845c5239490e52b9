import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Priority } from '@jointops/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(Priority, { name: 'Priority' });

@ObjectType()
@Entity({ name: 'objectives' })
export class Objective {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position!: number;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'How anyone will tell afterwards whether the objective was met.' })
  @Column({ name: 'success_criteria', type: 'text' })
  successCriteria!: string;

  @Field(() => Priority)
  @Column({ type: 'text' })
  priority!: Priority;
}
