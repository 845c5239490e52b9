import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { ActivityEntry } from './activity-entry.entity';
import { OperationLogService } from './operation-log.service';

@Resolver(() => ActivityEntry)
@UseGuards(SessionGuard)
export class OperationLogResolver {
  constructor(private readonly log: OperationLogService) {}

  @Mutation(() => ActivityEntry, { description: 'Append-only entry in the activity log; allowed while the plan is ACTIVE. at defaults to now and may not be in the future.' })
  logActivity(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('text') text: string,
    @Args('at', { type: () => Date, nullable: true }) at?: Date | null,
    @Args('clientKey', { type: () => ID, nullable: true, description: 'Issue 19: a key the client made for this write (8 to 64 letters, digits, - or _). The same key again answers with what the first write made and changes nothing.' }) clientKey?: string | null,
  ): Promise<ActivityEntry> {
    return this.log.log(user, planId, text, at, clientKey);
  }

  @ResolveField(() => User)
  async author(@Parent() entry: ActivityEntry, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(entry.authorId)) as User;
  }

  @ResolveField(() => Agency)
  async agency(@Parent() entry: ActivityEntry, @Context() context: GqlContext): Promise<Agency> {
    return (await context.loaders.agencyById.load(entry.agencyId)) as Agency;
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanOperationLogResolver {
  @ResolveField(() => [ActivityEntry], { description: 'Activity log (ICS 214 style) kept while the plan is ACTIVE, oldest first; append-only.' })
  async activityLog(@Parent() plan: Plan, @Context() context: GqlContext): Promise<ActivityEntry[]> {
    return (await context.loaders.planOperation.load(plan.id)).activity;
  }
}
