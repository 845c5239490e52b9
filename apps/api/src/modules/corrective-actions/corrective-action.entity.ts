import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionStatus } from '@jointops/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** An improvement-plan item, tracked to closure after the operation. `ownerAgency` and `plan` are resolved by id. */
@ObjectType()
@Entity({ name: 'corrective_actions' })
export class CorrectiveAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

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

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
