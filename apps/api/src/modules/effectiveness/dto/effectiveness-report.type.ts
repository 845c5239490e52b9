import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Plan } from '../../plans/plan.entity';

const OBJECTIVES =
  "each counted once by its after-action report's verdict: the outcome most submitted debriefs gave it among MET, PARTIALLY_MET and NOT_MET, a tie counting as the less favourable; objectives no debrief assessed (or only as NOT_ATTEMPTED) are in none of the three";
const SLIP = 'Median of (actual start - planned start) in minutes over the timeline events with a recorded actual start; null when there is none.';
const ON_TIME = 'Corrective actions DONE whose closing (closedAt: when they were last made DONE) fell on or before their due day (a calendar day, UTC).';
const LATE = 'Corrective actions DONE whose closing fell after their due day.';
const OVERDUE = "Corrective actions not DONE whose due day is over (the server's clock).";

/**
 * One operation's figures (an addition to the contract, for the dashboard's list). The plan is
 * read through it, so it is classified as plan content: a query that returns it is access-logged.
 */
@ObjectType({ description: "One counted operation and its own figures (addition to the contract: the dashboard's per-operation rows)." })
export class EffectivenessOperation {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => Int, { description: `Objectives met, ${OBJECTIVES}.` })
  objectivesMet!: number;

  @Field(() => Int)
  objectivesPartiallyMet!: number;

  @Field(() => Int)
  objectivesNotMet!: number;

  @Field(() => Float, { nullable: true, description: SLIP })
  medianStartSlipMinutes!: number | null;

  @Field(() => Int, { description: 'Timeline events with a recorded actual start (the ones the median is of).' })
  eventsWithActualStart!: number;

  @Field(() => Int, { description: 'Incidents reported in submitted debriefs.' })
  incidents!: number;

  @Field(() => Int, { description: 'Complaints linked to the operation, whatever their status.' })
  complaints!: number;

  @Field(() => Int, { description: ON_TIME })
  correctiveActionsClosedOnTime!: number;

  @Field(() => Int, { description: LATE })
  correctiveActionsClosedLate!: number;

  @Field(() => Int, { description: OVERDUE })
  correctiveActionsOverdue!: number;
}

@ObjectType({
  description:
    'How the operations of a period went. Counted: CLOSED operations whose window overlaps [from, to] (or, without a window, created in it); for an AGENCY_LEAD, or with agencyId, those that agency took part in.',
})
export class EffectivenessReport {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => Int, { description: 'CLOSED operations whose window overlaps the period (for an AGENCY_LEAD, or with agencyId: those that agency took part in).' })
  operations!: number;

  @Field(() => Int, { description: `Objectives of the counted operations met, ${OBJECTIVES}.` })
  objectivesMet!: number;

  @Field(() => Int, { description: 'Objectives partially met (same counting as objectivesMet).' })
  objectivesPartiallyMet!: number;

  @Field(() => Int, { description: 'Objectives not met (same counting as objectivesMet).' })
  objectivesNotMet!: number;

  @Field(() => Float, { nullable: true, description: `${SLIP} Over the events of every counted operation together.` })
  medianStartSlipMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Incidents of submitted debriefs per counted operation. Null when there is no operation.' })
  incidentsPerOperation!: number | null;

  @Field(() => Float, { nullable: true, description: 'Complaints linked to a counted operation, per counted operation. Null when there is no operation.' })
  complaintsPerOperation!: number | null;

  @Field(() => Int, { description: ON_TIME })
  correctiveActionsClosedOnTime!: number;

  @Field(() => Int, { description: LATE })
  correctiveActionsClosedLate!: number;

  @Field(() => Int, { description: OVERDUE })
  correctiveActionsOverdue!: number;

  @Field(() => [Plan], { description: 'The operations behind the figures that the caller may see, latest window first.' })
  plans!: Plan[];

  @Field(() => [EffectivenessOperation], { description: 'Addition to the contract: one row per operation of `plans`, in the same order, with its own figures.' })
  operationFigures!: EffectivenessOperation[];
}
