import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A passkey (WebAuthn credential) of the caller.' })
export class Passkey {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What its owner named it, e.g. "Work laptop".' })
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used to sign in or re-authenticate.' })
  lastUsedAt!: Date | null;
}
