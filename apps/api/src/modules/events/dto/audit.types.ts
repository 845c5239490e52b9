import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

@ObjectType()
export class LogVerification {
  @Field()
  ok!: boolean;

  @Field(() => Int)
  checked!: number;

  @Field(() => Int, { nullable: true, description: 'First seq whose hash does not match its content or its predecessor; null when ok.' })
  firstBrokenSeq!: number | null;
}

@ObjectType()
export class PlanChange {
  @Field({ description: 'PLAN, OBJECTIVE, ROLE, CHECKLIST_ITEM, TIMELINE_EVENT, ...' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: 'ADDED, UPDATED or REMOVED.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

/** `user` is resolved from userId. */
@ObjectType()
export class AccessRecord {
  @Field()
  at!: Date;

  userId!: string;

  @Field(() => User)
  user?: User;

  @Field({ description: 'VIEW, EXPORT or DENIED.' })
  action!: string;
}
