import { UseGuards } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { LessonHit } from './dto/lesson-hit.type';
import { LessonsService } from './lessons.service';

@Resolver(() => LessonHit)
@UseGuards(SessionGuard)
export class LessonsResolver {
  constructor(private readonly lessonsService: LessonsService) {}

  @Query(() => [LessonHit], { description: 'Full-text search over strengths, improvements and summaries of closed plans the caller may see.' })
  lessons(@CurrentUser() user: AuthenticatedUser, @Args('search') search: string): Promise<LessonHit[]> {
    return this.lessonsService.search(user, search);
  }

  @ResolveField(() => Plan)
  async plan(@Parent() hit: LessonHit, @Context() context: GqlContext): Promise<Plan> {
    return (await context.loaders.planById.load(hit.planId)) as Plan;
  }
}
