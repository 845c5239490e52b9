import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OperationType } from '@jointops/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A course people complete (OperationType is registered with Plan, in plan.entity.ts); its code is unique without regard to case (index courses_code). */
@ObjectType()
@Entity({ name: 'courses' })
export class Course {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Months a completion stays current; null: it never lapses.' })
  @Column({ name: 'validity_months', type: 'integer', nullable: true })
  validityMonths!: number | null;

  @Field(() => [OperationType], { description: "Operations of these types need every assigned person to hold this course, current through the plan's end." })
  @Column({ name: 'required_for', type: 'text', array: true })
  requiredFor!: OperationType[];

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
