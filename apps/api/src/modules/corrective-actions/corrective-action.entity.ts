import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionStatus } from '@jointops/domain';
import { Column, Entity } from 'typeorm';
import { PlanRowEntity } from '../plans/plan-row.entity';

registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** An improvement-plan item, tracked to closure after the operation. `ownerAgency` and `plan` are resolved by id. */
@ObjectType()
@Entity({ name: 'corrective_actions' })
export class CorrectiveAction extends PlanRowEntity {
  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'owner_agency_id', type: 'uuid' })
  ownerAgencyId!: string;

  @Field()
  @Column({ name: 'due_date', type: 'timestamptz' })
  dueDate!: Date;

  @Field(() => ActionStatus)
  @Column({ type: 'text' })
  status!: ActionStatus;

  @Field()
  @Column({ type: 'text' })
  notes!: string;

  @Field(() => Date, { nullable: true, description: 'When it was last made DONE; null while it is not DONE (reopening clears it).' })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
