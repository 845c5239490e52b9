import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `agency`, `assignee` and `objectives` are resolved from the ids by RolesResolver. */
@ObjectType()
@Entity({ name: 'role_assignments' })
export class RoleAssignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Field({ description: 'e.g. Operation Commander, Liaison Officer, Legal Advisor, Medical Lead, Communications.' })
  @Column({ type: 'text' })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  responsibilities!: string;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'objective_ids', type: 'uuid', array: true })
  objectiveIds!: string[];

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
