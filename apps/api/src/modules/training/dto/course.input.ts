import { Field, InputType, Int } from '@nestjs/graphql';
import { OperationType } from '@jointops/domain';

@InputType()
export class CourseInput {
  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => Int, { nullable: true })
  validityMonths?: number | null;

  @Field(() => [OperationType])
  requiredFor!: OperationType[];
}
