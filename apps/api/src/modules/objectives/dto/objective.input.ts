import { Field, ID, InputType, Int } from '@nestjs/graphql';
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

  @Field(() => Int, { nullable: true, description: '0-based position to insert at; the others shift. Default: last. Undo of a removal re-adds at the old place.' })
  position?: number | null;

  @Field(() => [ID], { nullable: true, description: "Roles that name this objective (undo of a removal restores their links): each gets it in its objectives." })
  roleIds?: string[] | null;
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
