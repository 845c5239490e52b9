import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RoleAssignmentInput {
  @Field(() => ID)
  agencyId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  responsibilities?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  objectiveIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A place of the plan.' })
  placeId?: string | null;
}

@InputType()
export class RoleAssignmentPatch {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  responsibilities?: string | null;

  @Field(() => ID, { nullable: true, description: 'Explicit null unassigns.' })
  assigneeId?: string | null;

  @Field(() => [ID], { nullable: true })
  objectiveIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A place of the plan; explicit null: none.' })
  placeId?: string | null;
}
