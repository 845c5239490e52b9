import { Field, ID, InputType } from '@nestjs/graphql';
import { OperationType } from '@jointops/domain';

@InputType()
export class CreatePlanInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  summary?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: "Other participating agencies; the caller's agency is the lead and always participates." })
  agencyIds?: string[] | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA zone; defaults to America/New_York.' })
  timeZone?: string | null;

  @Field(() => OperationType, { nullable: true, description: 'What kind of operation this is; readiness blocks without it.' })
  operationType?: OperationType | null;

  @Field(() => ID, { nullable: true, description: 'Checklist template to apply at creation.' })
  checklistTemplateId?: string | null;
}
