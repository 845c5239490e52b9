import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

/** `user` is resolved from userId by PresenceResolver. */
@ObjectType()
export class Presence {
  userId!: string;

  @Field(() => User)
  user?: User;

  @Field(() => String, { nullable: true, description: 'What the user is looking at or editing, e.g. objective:<id>; free-form, at most 200 characters.' })
  focus!: string | null;

  @Field()
  lastSeenAt!: Date;
}
