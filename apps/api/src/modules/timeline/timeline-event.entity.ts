import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Phase } from '@jointops/domain';
import { Column, Entity } from 'typeorm';
import { PlanPartEntity } from '../plans/plan-part.entity';

registerEnumType(Phase, { name: 'Phase' });

/** `agency` and `dependsOn` are resolved from the ids by TimelineResolver. */
@ObjectType()
@Entity({ name: 'timeline_events' })
export class TimelineEvent extends PlanPartEntity {
  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => Phase)
  @Column({ type: 'text' })
  phase!: Phase;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: 'Never before startsAt.' })
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Field(() => [ID], {
    description:
      "The ids of dependsOn, as a set (in no particular order). A client that holds the plan's events names them from its own list instead of asking for each dependency's fields again.",
  })
  @Column({ name: 'depends_on_ids', type: 'uuid', array: true })
  dependsOnIds!: string[];

  @Field()
  @Column({ type: 'text' })
  notes!: string;

  /** `place` is resolved from the id by the module's resolver. */
  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'actual_starts_at', type: 'timestamptz', nullable: true })
  actualStartsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'actual_ends_at', type: 'timestamptz', nullable: true })
  actualEndsAt!: Date | null;
}
