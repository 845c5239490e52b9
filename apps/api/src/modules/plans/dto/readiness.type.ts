import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Blocker {
  @Field({ description: 'Stable machine code, e.g. REQUIRED_CHECKLIST_OPEN, OBJECTIVE_WITHOUT_CRITERIA, AGENCY_WITHOUT_ROLE, TIMELINE_DEPENDENCY_OVERLAP, NO_OBJECTIVES.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The objective, checklist item, timeline event, agency ... that the blocker is about.' })
  entityId!: string | null;
}

@ObjectType()
export class Readiness {
  @Field({ description: 'True when blockers is empty.' })
  ready!: boolean;

  @Field(() => [Blocker])
  blockers!: Blocker[];

  @Field(() => Int, { description: 'How many blockers there are: for a page that shows the count, not the list (a large plan has hundreds).' })
  blockerCount!: number;

  @Field(() => [Blocker], {
    description: 'The blockers only the server can judge, from agreement and training records (AGREEMENT_MISSING, AGREEMENT_SCOPE, TRAINING_MISSING); a client words the others from the plan content it has.',
  })
  accountabilityBlockers!: Blocker[];

  @Field(() => [Blocker], { description: 'Worth a look, never blocking (e.g. PLACE_OUTSIDE_REGION).' })
  warnings!: Blocker[];
}
