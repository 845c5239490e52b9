import { Field, InputType, Int } from '@nestjs/graphql';
import { Priority } from '@jointops/domain';

@InputType()
export class ObjectiveInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  description?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  successCriteria?: string | null;

  @Field(() => Priority, { nullable: true, defaultValue: Priority.MEDIUM })
  priority?: Priority | null;
}

@InputType()
export class ObjectivePatch {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  successCriteria?: string | null;

  @Field(() => Priority, { nullable: true })
  priority?: Priority | null;

  @Field(() => Int, { nullable: true, description: 'Move to this 0-based position; the others shift.' })
  position?: number | null;
}
