import { Field, InputType } from '@nestjs/graphql';
import { AgencyLevel } from '@jointops/domain';

@InputType()
export class CreateAgencyInput {
  @Field()
  name!: string;

  @Field()
  shortName!: string;

  @Field(() => AgencyLevel)
  level!: AgencyLevel;
}
