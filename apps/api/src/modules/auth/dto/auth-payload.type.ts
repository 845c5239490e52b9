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

  @Field({ description: 'True while the session may do nothing but enroll a second factor (the deployment requires one).' })
  restricted!: boolean;

  @Field({ description: 'True after an ADMIN reset: the session may do nothing but changePassword.' })
  mustChangePassword!: boolean;

  @Field({ description: 'When the caller last proved who they are (password, second factor or single sign-on).' })
  authenticatedAt!: Date;
}
