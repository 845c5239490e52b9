import { Field, Float, InputType } from '@nestjs/graphql';
import { PlaceKind } from '@jointops/domain';

@InputType()
export class PlaceInput {
  @Field()
  name!: string;

  @Field(() => PlaceKind)
  kind!: PlaceKind;

  @Field(() => [[Float]], { description: 'WGS 84 [longitude, latitude] pairs: exactly one for a point, 2 to 500 for a ROUTE.' })
  coordinates!: number[][];

  @Field(() => String, { nullable: true, defaultValue: '' })
  address?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  notes?: string | null;
}

@InputType()
export class PlacePatch {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PlaceKind, { nullable: true })
  kind?: PlaceKind | null;

  @Field(() => [[Float]], { nullable: true })
  coordinates?: number[][] | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
