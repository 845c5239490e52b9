import { Field, InputType } from '@nestjs/graphql';
import { ChecklistCategory } from '@jointops/domain';

@InputType()
export class ChecklistItemInput {
  @Field(() => ChecklistCategory)
  category!: ChecklistCategory;

  @Field()
  text!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  required?: boolean | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  citation?: string | null;
}

@InputType()
export class ChecklistItemPatch {
  @Field(() => ChecklistCategory, { nullable: true })
  category?: ChecklistCategory | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;

  @Field(() => String, { nullable: true })
  citation?: string | null;
}
