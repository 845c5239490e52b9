import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChecklistCategory, ChecklistStatus } from '@jointops/domain';
import { Column, Entity } from 'typeorm';
import { PlanPartEntity } from '../plans/plan-part.entity';

registerEnumType(ChecklistCategory, { name: 'ChecklistCategory' });
registerEnumType(ChecklistStatus, { name: 'ChecklistStatus' });

@ObjectType()
@Entity({ name: 'checklist_items' })
export class ChecklistItem extends PlanPartEntity {
  @Column({ type: 'integer' })
  position!: number;

  @Field(() => ChecklistCategory)
  @Column({ type: 'text' })
  category!: ChecklistCategory;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @Field()
  @Column({ type: 'boolean' })
  required!: boolean;

  @Field({ description: 'Where the requirement comes from (statute, policy, agreement section); may be empty.' })
  @Column({ type: 'text' })
  citation!: string;

  @Field(() => ChecklistStatus)
  @Column({ type: 'text' })
  status!: ChecklistStatus;

  @Field({ description: 'Evidence (SATISFIED) or justification (NOT_APPLICABLE); never empty once resolved.' })
  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}
