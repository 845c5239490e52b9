import { Field, ID, InputType } from '@nestjs/graphql';
import { Phase } from '@jointops/domain';

@InputType()
export class TimelineEventInput {
  @Field()
  title!: string;

  @Field(() => Phase)
  phase!: Phase;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  dependsOnIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Events that wait on this one (undo of a removal restores them): each gets it in its dependsOn. Never a cycle.' })
  dependentIds?: string[] | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'A place of the plan.' })
  placeId?: string | null;
}

@InputType()
export class TimelineEventPatch {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Phase, { nullable: true })
  phase?: Phase | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Explicit null: the event belongs to no single agency.' })
  agencyId?: string | null;

  @Field(() => [ID], { nullable: true })
  dependsOnIds?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'A place of the plan; explicit null: none.' })
  placeId?: string | null;
}
