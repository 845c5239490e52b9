import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

@ObjectType()
export class LogVerification {
  @Field()
  ok!: boolean;

  @Field(() => Int)
  checked!: number;

  @Field(() => Int, { nullable: true, description: 'First seq whose hash does not match its content or its predecessor; null when ok.' })
  firstBrokenSeq!: number | null;
}

/** `planId` is not a field: it tells the access log which plan the change belongs to. */
@ObjectType()
export class PlanChange {
  planId!: string;

  @Field({ description: 'PLAN, OBJECTIVE, ROLE, CHECKLIST_ITEM, TIMELINE_EVENT, ...' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: 'ADDED, UPDATED or REMOVED.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

/** `user` is resolved from userId. */
@ObjectType()
export class AccessRecord {
  @Field()
  at!: Date;

  userId!: string;

  @Field(() => User)
  user?: User;

  @Field({ description: 'VIEW, EXPORT or DENIED.' })
  action!: string;

  @Field(() => Int, { description: 'Repeated refusals of one user on one plan are folded into one record; 1 otherwise.' })
  count!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'What was read (the query or subscription field, e.g. plan, planEvents, planDiff), exported (plan.pdf, after-action.pdf) or refused (view, editContent, …); null on records written before it was kept.',
  })
  kind!: string | null;
}

@ObjectType()
export class AccessRecordPage {
  @Field(() => [AccessRecord])
  nodes!: AccessRecord[];

  @Field(() => String, { nullable: true, description: 'Pass as `before` for the next (older) page; null at the end.' })
  nextCursor!: string | null;
}

/** A file the browser makes of a plan's records it has read. */
export enum PlanExportKind {
  EVENT_LOG_CSV = 'EVENT_LOG_CSV',
  ACCESS_LOG_CSV = 'ACCESS_LOG_CSV',
}

registerEnumType(PlanExportKind, {
  name: 'PlanExportKind',
  description: 'A file the browser makes of what it has read: the event log as shown (EVENT_LOG_CSV) or the access log (ACCESS_LOG_CSV).',
});
