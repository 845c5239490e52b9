import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Priority } from '@jointops/domain';
import { Column, Entity } from 'typeorm';
import { PlanPartEntity } from '../plans/plan-part.entity';

registerEnumType(Priority, { name: 'Priority' });

@ObjectType()
@Entity({ name: 'objectives' })
export class Objective extends PlanPartEntity {
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
