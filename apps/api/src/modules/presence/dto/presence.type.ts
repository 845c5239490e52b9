import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

/** `user` is resolved from userId by PresenceResolver; `planId` tells the access log whose presence was read. */
@ObjectType()
export class Presence {
  planId!: string;

  userId!: string;

  @Field(() => User)
  user?: User;

  @Field(() => String, { nullable: true, description: 'What the user is looking at or editing, e.g. objective:<id>; free-form, at most 200 characters.' })
  focus!: string | null;

  @Field()
  lastSeenAt!: Date;
}
