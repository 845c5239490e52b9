import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ChecklistCategory, ChecklistStatus } from '@jointops/domain';

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

  @Field(() => Int, { nullable: true, description: "0-based place in the plan's checklist to insert at; the items from there on move down. Default: last." })
  position?: number | null;

  @Field(() => ChecklistStatus, { nullable: true, description: 'The resolution the item is added with (undo of a removal), under the rules of resolveChecklistItem. Default: OPEN.' })
  status?: ChecklistStatus | null;

  @Field(() => String, { nullable: true, description: 'The evidence or justification that goes with status.' })
  note?: string | null;
}

@InputType()
export class ChecklistItemRef {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
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
