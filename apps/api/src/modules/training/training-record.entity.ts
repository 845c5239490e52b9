import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One completion of a course by one person. `user`, `course` and `recordedBy` are resolved by id through the operation's loaders. */
@ObjectType()
@Entity({ name: 'training_records' })
export class TrainingRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Field()
  @Column({ name: 'completed_on', type: 'timestamptz' })
  completedOn!: Date;

  /** Stored when recorded: completedOn plus the course's validity then. */
  @Field(() => Date, { nullable: true, description: "Computed from completedOn and the course's validity; null: never lapses." })
  @Column({ name: 'expires_on', type: 'timestamptz', nullable: true })
  expiresOn!: Date | null;

  @Field({ description: 'Certificate number, instructor or other proof.' })
  @Column({ type: 'text' })
  evidence!: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
