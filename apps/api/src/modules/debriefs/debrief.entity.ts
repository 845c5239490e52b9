import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf, IncidentType, Outcome, type EnumValue } from '@jointops/domain';
import { Column, Entity } from 'typeorm';
import { PlanRowEntity } from '../plans/plan-row.entity';

export const DebriefStatus = enumOf('DRAFT', 'SUBMITTED');
export type DebriefStatus = EnumValue<typeof DebriefStatus>;
registerEnumType(DebriefStatus, { name: 'DebriefStatus' });
registerEnumType(Outcome, { name: 'Outcome' });

/** `objective` is resolved from objectiveId. */
@ObjectType()
export class ObjectiveOutcome {
  objectiveId!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field()
  notes!: string;
}

@ObjectType()
export class Incident {
  @Field(() => IncidentType)
  type!: IncidentType;

  @Field()
  occurredAt!: Date;

  @Field()
  description!: string;

  @Field({ description: 'Who it was reported to (supervisor, internal affairs, oversight body ...).' })
  reportedTo!: string;

  @Field(() => [Float], { nullable: true, description: 'Where it happened, if marked: WGS 84 [longitude, latitude].' })
  location?: number[] | null;
}

/** One person's structured account of the operation. Frozen once submitted. */
@ObjectType()
@Entity({ name: 'debriefs' })
export class Debrief extends PlanRowEntity {
  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Field(() => DebriefStatus)
  @Column({ type: 'text' })
  status!: DebriefStatus;

  @Field(() => [ObjectiveOutcome])
  @Column({ type: 'jsonb' })
  outcomes!: ObjectiveOutcome[];

  @Field(() => [String])
  @Column({ type: 'jsonb' })
  strengths!: string[];

  @Field(() => [String])
  @Column({ type: 'jsonb' })
  improvements!: string[];

  @Field(() => [Incident])
  @Column({ type: 'jsonb' })
  incidents!: Incident[];

  @Field()
  @Column({ type: 'text' })
  narrative!: string;

  /** Snapshots of events from before the column existed have none: they read as the first step. */
  @Field(() => Int, { description: 'The furthest step of the wizard its author reached (0: the first objective); a resumed draft opens there.' })
  @Column({ name: 'last_step', type: 'integer', default: 0 })
  lastStep: number = 0;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
