import { Field, ID, InputType } from '@nestjs/graphql';
import { ActionStatus } from '@jointops/domain';

@InputType()
export class CorrectiveActionInput {
  @Field()
  title!: string;

  @Field(() => ID)
  ownerAgencyId!: string;

  @Field()
  dueDate!: Date;

  @Field(() => String, { nullable: true, defaultValue: '' })
  notes?: string | null;
}

@InputType()
export class CorrectiveActionPatch {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ID, { nullable: true })
  ownerAgencyId?: string | null;

  @Field(() => Date, { nullable: true })
  dueDate?: Date | null;

  @Field(() => ActionStatus, { nullable: true })
  status?: ActionStatus | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
