import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CommsChannelInput {
  @Field()
  name!: string;

  @Field()
  details!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  purpose?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
}

@InputType()
export class CommsChannelPatch {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  details?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'Explicit null: the channel serves every agency.' })
  agencyId?: string | null;
}
