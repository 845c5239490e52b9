import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@jointops/domain';

@InputType()
export class CreateUserInput {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field({ description: 'At least 12 characters.' })
  password!: string;
}
