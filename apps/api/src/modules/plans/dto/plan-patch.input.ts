import { Field, InputType } from '@nestjs/graphql';
import { OperationType } from '@jointops/domain';

@InputType()
export class PlanPatch {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Date, { nullable: true, description: 'Explicit null clears the start of the window.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Explicit null clears the end of the window.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA zone in which the plan is shown and printed; null leaves it unchanged.' })
  timeZone?: string | null;

  @Field(() => OperationType, { nullable: true, description: 'Null leaves it unchanged.' })
  operationType?: OperationType | null;
}
