import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { PlanRowEntity } from '../plans/plan-row.entity';
import { Incident } from '../debriefs/debrief.entity';

/** `objective` is resolved from objectiveId. */
@ObjectType()
export class ObjectiveResult {
  objectiveId!: string;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  partiallyMet!: number;

  @Field(() => Int)
  notMet!: number;

  @Field(() => Int)
  notAttempted!: number;
}

/** `event` is resolved from eventId. */
@ObjectType()
export class TimelineDeviation {
  eventId!: string;

  @Field(() => Int, { nullable: true, description: 'actualStartsAt - startsAt in minutes; null when no actual was recorded.' })
  startSlipMinutes!: number | null;

  @Field(() => Int, { nullable: true })
  endSlipMinutes!: number | null;
}

/** What draftAfterActionReport computes from submitted debriefs and recorded actuals. */
export interface ReportAggregates {
  objectiveResults: ObjectiveResult[];
  timelineDeviations: TimelineDeviation[];
  strengths: string[];
  improvements: string[];
  incidents: Incident[];
  debriefCount: number;
  /** Strengths and improvements as one text, for full-text search of lessons. */
  lessonText: string;
}

/** HSEEP after-action report of a completed operation. `correctiveActions` are resolved by plan. */
@ObjectType()
@Entity({ name: 'after_action_reports' })
export class AfterActionReport extends PlanRowEntity {
  @Field()
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  aggregates!: ReportAggregates;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt!: Date | null;

  @Column({ name: 'finalized_by', type: 'uuid', nullable: true })
  finalizedById!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
