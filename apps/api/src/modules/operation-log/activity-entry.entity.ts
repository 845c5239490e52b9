import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the ICS 214 activity log. Append-only: a correction is a new entry. */
@ObjectType()
@Entity({ name: 'activity_entries' })
export class ActivityEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field()
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
