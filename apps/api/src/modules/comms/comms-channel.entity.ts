import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { PlanPartEntity } from '../plans/plan-part.entity';

@ObjectType({ description: 'A channel of the communications plan (ICS 205 style).' })
@Entity({ name: 'comms_channels' })
export class CommsChannel extends PlanPartEntity {
  @Field({ description: 'e.g. Tactical 1, Command net, Phone bridge.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Talkgroup, frequency, number or room; whatever a participant needs to join.' })
  @Column({ type: 'text' })
  details!: string;

  @Field()
  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
