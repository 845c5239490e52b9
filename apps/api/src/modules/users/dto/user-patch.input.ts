import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@jointops/domain';

/** updateUser's patch: a field left out or null stays as it is. */
@InputType()
export class UserPatch {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
}
