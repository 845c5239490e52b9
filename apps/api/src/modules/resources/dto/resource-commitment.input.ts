import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class ResourceCommitmentInput {
  @Field(() => ID)
  agencyId!: string;

  @Field()
  kind!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => String, { nullable: true, defaultValue: '' })
  notes?: string | null;
}

@InputType()
export class ResourceCommitmentPatch {
  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
