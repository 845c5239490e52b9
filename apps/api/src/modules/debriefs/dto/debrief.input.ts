import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IncidentType, Outcome } from '@jointops/domain';

@InputType()
export class ObjectiveOutcomeInput {
  @Field(() => ID)
  objectiveId!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => String, { nullable: true, defaultValue: '' })
  notes?: string | null;
}

@InputType()
export class IncidentInput {
  @Field(() => IncidentType)
  type!: IncidentType;

  @Field()
  occurredAt!: Date;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  reportedTo?: string | null;

  @Field(() => [Float], { nullable: true, description: 'Where it happened (optional): WGS 84 [longitude, latitude].' })
  location?: number[] | null;
}

@InputType()
export class DebriefInput {
  @Field(() => [ObjectiveOutcomeInput], { nullable: true })
  outcomes?: ObjectiveOutcomeInput[] | null;

  @Field(() => [String], { nullable: true })
  strengths?: string[] | null;

  @Field(() => [String], { nullable: true })
  improvements?: string[] | null;

  @Field(() => [IncidentInput], { nullable: true })
  incidents?: IncidentInput[] | null;

  @Field(() => String, { nullable: true })
  narrative?: string | null;

  @Field(() => Int, { nullable: true, description: 'The furthest step of the wizard reached (0: the first objective); at most the last step (review).' })
  lastStep?: number | null;
}
