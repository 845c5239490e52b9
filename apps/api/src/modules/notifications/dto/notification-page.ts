import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '@jointops/domain';
import { Notification } from '../notification.entity';

@ObjectType()
export class NotificationPage {
  @Field(() => [Notification])
  nodes!: Notification[];

  @Field(() => Int)
  unreadCount!: number;
}

@ObjectType()
export class NotificationPreferences {
  @Field({ description: 'Also send each notification by email (when the server has SMTP_URL).' })
  email!: boolean;

  @Field(() => [NotificationKind], { description: 'Kinds the user does not want by email; REVIEW_REQUESTED and SIGNOFF_STALE cannot be muted.' })
  muted!: NotificationKind[];

  @Field({ description: 'Whether this server sends email at all (SMTP_URL is set). An addition to the contract, for the preferences page.' })
  emailConfigured!: boolean;
}

@InputType()
export class NotificationPreferencesInput {
  @Field()
  email!: boolean;

  @Field(() => [NotificationKind])
  muted!: NotificationKind[];
}
