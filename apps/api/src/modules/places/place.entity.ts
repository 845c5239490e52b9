import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlaceKind } from '@jointops/domain';
import { Column, Entity } from 'typeorm';
import { PlanPartEntity } from '../plans/plan-part.entity';

registerEnumType(PlaceKind, { name: 'PlaceKind' });

@ObjectType({ description: 'A place of the plan: command post, staging area, checkpoint, route ...' })
@Entity({ name: 'places' })
export class Place extends PlanPartEntity {
  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => PlaceKind)
  @Column({ type: 'text' })
  kind!: PlaceKind;

  @Field(() => [[Float]], { description: 'WGS 84 [longitude, latitude] pairs: exactly one for a point, 2 to 500 for a ROUTE.' })
  @Column({ type: 'jsonb' })
  coordinates!: number[][];

  @Field()
  @Column({ type: 'text' })
  address!: string;

  @Field()
  @Column({ type: 'text' })
  notes!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
