import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Plan } from '../plan.entity';

@ObjectType()
export class PlanEdge {
  @Field()
  cursor!: string;

  @Field(() => Plan)
  node!: Plan;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class PlanConnection {
  @Field(() => [PlanEdge])
  edges!: PlanEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
