import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { PlanPartEntity } from '../plans/plan-part.entity';

/** `agency`, `assignee` and `objectives` are resolved from the ids by RolesResolver. */
@ObjectType()
@Entity({ name: 'role_assignments' })
export class RoleAssignment extends PlanPartEntity {
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

  /** `place` is resolved from the id by the module's resolver. */
  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
