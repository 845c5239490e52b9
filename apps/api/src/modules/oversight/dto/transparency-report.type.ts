import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IncidentType, PlanStatus } from '@jointops/domain';

registerEnumType(IncidentType, { name: 'IncidentType' });

@ObjectType()
export class StatusCount {
  @Field(() => PlanStatus)
  status!: PlanStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class IncidentCount {
  @Field(() => IncidentType)
  type!: IncidentType;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Aggregates only: no names, no free text.' })
export class TransparencyReport {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => Int)
  operations!: number;

  @Field(() => [StatusCount])
  byStatus!: StatusCount[];

  @Field(() => [IncidentCount])
  incidents!: IncidentCount[];

  @Field(() => Int)
  correctiveActionsOpen!: number;

  @Field(() => Int)
  correctiveActionsDone!: number;
}
