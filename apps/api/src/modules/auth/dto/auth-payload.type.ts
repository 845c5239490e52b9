import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Opaque bearer token: send as `Authorization: Bearer <token>` and as connectionParams.authorization over graphql-ws.' })
  token!: string;

  @Field({ description: 'When the session ends if unused; every authenticated request pushes it forward (idle timeout).' })
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
