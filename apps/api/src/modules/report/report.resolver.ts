import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Incident } from '../debriefs/debrief.entity';
import { Objective } from '../objectives/objective.entity';
import { Plan } from '../plans/plan.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { User } from '../users/user.entity';
import { AfterActionReport, ObjectiveResult, TimelineDeviation } from './after-action-report.entity';
import { ReportService } from './report.service';

@Resolver(() => AfterActionReport)
@UseGuards(SessionGuard)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Mutation(() => AfterActionReport, { description: "Builds (or rebuilds) the report's aggregates from the submitted debriefs and recorded actuals." })
  draftAfterActionReport(@CurrentUser() user: AuthenticatedUser, @Args('planId', { type: () => ID }) planId: string): Promise<AfterActionReport> {
    return this.reports.draft(user, planId);
  }

  @Mutation(() => AfterActionReport)
  updateAfterActionReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('summary') summary: string,
  ): Promise<AfterActionReport> {
    return this.reports.updateSummary(user, id, expectedVersion, summary);
  }

  @Mutation(() => AfterActionReport, { description: 'COMPLETED -> CLOSED.' })
  finalizeAfterActionReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<AfterActionReport> {
    return this.reports.finalize(user, id, expectedVersion);
  }

  @ResolveField(() => [ObjectiveResult], { description: 'Counts over SUBMITTED debriefs, one row per objective.' })
  objectiveResults(@Parent() report: AfterActionReport): ObjectiveResult[] {
    return report.aggregates.objectiveResults;
  }

  @ResolveField(() => [TimelineDeviation], { description: 'One row per timeline event.' })
  timelineDeviations(@Parent() report: AfterActionReport): TimelineDeviation[] {
    return report.aggregates.timelineDeviations;
  }

  @ResolveField(() => [String])
  strengths(@Parent() report: AfterActionReport): string[] {
    return report.aggregates.strengths;
  }

  @ResolveField(() => [String])
  improvements(@Parent() report: AfterActionReport): string[] {
    return report.aggregates.improvements;
  }

  @ResolveField(() => [Incident])
  incidents(@Parent() report: AfterActionReport): Incident[] {
    return report.aggregates.incidents;
  }

  @ResolveField(() => Int)
  debriefCount(@Parent() report: AfterActionReport): number {
    return report.aggregates.debriefCount;
  }

  @ResolveField(() => Int, {
    description:
      'Debriefs the report is still without: members of the participating agencies who owe one and have not submitted it, and drafts not submitted. ' +
      'Only submitted debriefs count in the report, and once it is finalized none can be submitted. A count only: drafts stay with their authors.',
  })
  debriefsOutstanding(@Parent() report: AfterActionReport, @Context() context: GqlContext): number | Promise<number> {
    return context.loaders.debriefsOutstandingByPlan.get(report.planId);
  }

  @ResolveField(() => User, { nullable: true })
  async finalizedBy(@Parent() report: AfterActionReport, @Context() context: GqlContext): Promise<User | null> {
    return report.finalizedById ? ((await context.loaders.userById.load(report.finalizedById)) ?? null) : null;
  }
}

@Resolver(() => ObjectiveResult)
@UseGuards(SessionGuard)
export class ObjectiveResultResolver {
  @ResolveField(() => Objective)
  async objective(@Parent() result: ObjectiveResult, @Context() context: GqlContext): Promise<Objective> {
    return (await context.loaders.objectiveById.load(result.objectiveId)) as Objective;
  }
}

@Resolver(() => TimelineDeviation)
@UseGuards(SessionGuard)
export class TimelineDeviationResolver {
  @ResolveField(() => TimelineEvent)
  async event(@Parent() deviation: TimelineDeviation, @Context() context: GqlContext): Promise<TimelineEvent> {
    return (await context.loaders.timelineEventById.load(deviation.eventId)) as TimelineEvent;
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanReportResolver {
  @ResolveField(() => AfterActionReport, { nullable: true })
  async afterActionReport(@Parent() plan: Plan, @Context() context: GqlContext): Promise<AfterActionReport | null> {
    return (await context.loaders.planOperation.load(plan.id)).reports[0] ?? null;
  }
}
