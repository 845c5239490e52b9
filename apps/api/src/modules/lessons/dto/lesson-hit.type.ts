import { Field, ObjectType } from '@nestjs/graphql';
import { Plan } from '../../plans/plan.entity';

/** `plan` is resolved from planId. */
@ObjectType()
export class LessonHit {
  planId!: string;

  @Field(() => Plan)
  plan?: Plan;

  @Field({ description: 'STRENGTH, IMPROVEMENT or SUMMARY.' })
  kind!: string;

  @Field()
  text!: string;
}
