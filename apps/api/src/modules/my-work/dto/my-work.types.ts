import { Field, ObjectType } from '@nestjs/graphql';
import { Approval } from '../../approvals/approval.entity';
import { CorrectiveAction } from '../../corrective-actions/corrective-action.entity';
import { Debrief } from '../../debriefs/debrief.entity';
import { Plan } from '../../plans/plan.entity';

@ObjectType({ description: "A plan in review that waits for the caller's sign-off." })
export class MyWorkDecision {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => Approval, { description: "The caller's agency's approval: PENDING, or STALE when it was given on an older revision." })
  approval!: Approval;
}

@ObjectType({ description: 'An operation on which the caller owes a debrief.' })
export class MyWorkDebrief {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => Debrief, { nullable: true, description: "The caller's draft, when they started one (resume it); null when they have not." })
  draft!: Debrief | null;
}

@ObjectType({ description: "An open corrective action owned by the caller's agency, overdue or due within 14 days." })
export class MyWorkAction {
  @Field(() => CorrectiveAction)
  action!: CorrectiveAction;

  @Field(() => Plan)
  plan!: Plan;

  @Field({ description: 'The due date has passed.' })
  overdue!: boolean;
}

@ObjectType({ description: "The signed-in user's to-do list (the My work page). Only plans the caller may see." })
export class MyWork {
  @Field(() => [MyWorkDecision], {
    description: "IN_REVIEW plans where the caller, an AGENCY_LEAD of a participating agency, has not decided on the current revision (nor anyone of their agency); window start first.",
  })
  awaitingDecision!: MyWorkDecision[];

  @Field(() => [MyWorkDecision], { description: "IN_REVIEW plans where the caller's own approval was given on an older revision." })
  staleSignOffs!: MyWorkDecision[];

  @Field(() => [MyWorkDebrief], {
    description: 'ACTIVE or COMPLETED plans where the caller (an OFFICER of a participating agency, a role assignee, or the author of a draft) has not submitted a debrief.',
  })
  debriefsOwed!: MyWorkDebrief[];

  @Field(() => [MyWorkAction], { description: "Open corrective actions the caller's agency owns that are overdue or due within 14 days, by due date." })
  correctiveActions!: MyWorkAction[];

  @Field(() => [Plan], { description: 'DRAFT plans the caller created, or that their agency leads when they are a PLANNER; most recently changed first.' })
  editing!: Plan[];

  @Field(() => [Plan], {
    description:
      "COMPLETED plans whose after-action report the caller may draft and finalize (the lead agency's PLANNERs and AGENCY_LEADs): finalizing it closes the plan. Window end first.",
  })
  reportsToFinish!: Plan[];

  @Field(() => [Plan], {
    description: 'Issue 19: ACTIVE plans, and plans COMPLETED within the last 24 hours, in which the caller holds a role; the web keeps an offline copy of each. Window start first.',
  })
  assignedOperations!: Plan[];
}
