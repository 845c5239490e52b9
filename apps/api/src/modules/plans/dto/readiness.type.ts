import { Field, ID, ObjectType } from '@nestjs/graphql';

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

  @Field(() => [Blocker], { description: 'Worth a look, never blocking (e.g. PLACE_OUTSIDE_REGION).' })
  warnings!: Blocker[];
}
