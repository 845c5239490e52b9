import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@jointops/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Whether a notification's email is owed and sent (NONE: none was owed). */
export type EmailState = 'NONE' | 'PENDING' | 'SENT';

/** One thing a person was told, in the app and (when owed) by email. `plan` is resolved by id. */
@ObjectType()
@Entity({ name: 'notifications' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Field({ description: 'One sentence a person can act on.' })
  @Column({ type: 'text' })
  text!: string;

  @Field({ description: 'Path in the web app that the notification opens, e.g. /plans/<id>/approvals.' })
  @Column({ type: 'text' })
  link!: string;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'email_state', type: 'text' })
  emailState!: EmailState;

  @Column({ name: 'email_subject', type: 'text', nullable: true })
  emailSubject!: string | null;

  @Column({ name: 'email_text', type: 'text', nullable: true })
  emailText!: string | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ name: 'email_attempts', type: 'integer' })
  emailAttempts!: number;
}
