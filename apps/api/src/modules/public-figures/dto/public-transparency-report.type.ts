import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '../../agencies/agency.entity';

@ObjectType({ description: 'A published count: null with suppressed true when fewer than 5 (so no single case can be picked out).' })
export class PublicCount {
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType()
export class PublicCountBy {
  @Field()
  key!: string;

  @Field(() => PublicCount)
  count!: PublicCount;
}

@ObjectType()
export class PublicTransparencyReport {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1-4, or null for the whole year.' })
  quarter!: number | null;

  @Field(() => PublicCount, { description: 'Operations ACTIVE, COMPLETED or CLOSED in the period; drafts and planned operations are never published.' })
  operations!: PublicCount;

  @Field(() => [PublicCountBy], { description: 'Every operation type, then UNSPECIFIED (plans without a type).' })
  operationsByType!: PublicCountBy[];

  @Field(() => [PublicCountBy], { description: 'ACTIVE, COMPLETED, CLOSED.' })
  operationsByStatus!: PublicCountBy[];

  @Field(() => [PublicCountBy], { description: 'Incidents of the submitted debriefs of the period’s operations, every IncidentType.' })
  incidentsByType!: PublicCountBy[];

  @Field(() => [PublicCountBy], { description: 'Complaints received in the period, every ComplaintCategory.' })
  complaintsByCategory!: PublicCountBy[];

  @Field(() => [PublicCountBy], { description: 'Complaints received in the period, by their status now, every ComplaintStatus.' })
  complaintsByStatus!: PublicCountBy[];

  @Field(() => PublicCount)
  correctiveActionsOpen!: PublicCount;

  @Field(() => PublicCount)
  correctiveActionsDone!: PublicCount;

  @Field(() => [Agency], { description: 'Agencies that took part in at least one operation of the period.' })
  agencies!: Agency[];

  @Field(() => [Int], { description: 'The years that may be asked for, newest first: from the year of the first published operation to this one.' })
  years!: number[];
}
