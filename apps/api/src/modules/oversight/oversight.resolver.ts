import { UseGuards } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TRANSPARENCY_REPORT_ROLES } from '@jointops/domain';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { LessonHit } from '../lessons/dto/lesson-hit.type';
import { TransparencyReport } from './dto/transparency-report.type';
import { LessonsService } from '../lessons/lessons.service';
import { ReportsService } from './oversight.service';

@Resolver(() => TransparencyReport)
@UseGuards(SessionGuard)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly lessonsService: LessonsService,
  ) {}

  @Query(() => [LessonHit], { description: 'Full-text search over strengths, improvements and summaries of closed plans the caller may see.' })
  lessons(@CurrentUser() user: AuthenticatedUser, @Args('search') search: string): Promise<LessonHit[]> {
    return this.lessonsService.search(user, search);
  }

  @Query(() => TransparencyReport, { description: 'OVERSIGHT only (exact figures). Agency leads read publicTransparency and effectiveness.' })
  @RequireRoles(...TRANSPARENCY_REPORT_ROLES)
  transparencyReport(@Args('from') from: Date, @Args('to') to: Date): Promise<TransparencyReport> {
    return this.reports.transparency(from, to);
  }
}

@Resolver(() => LessonHit)
@UseGuards(SessionGuard)
export class LessonHitResolver {
  @ResolveField(() => Plan)
  async plan(@Parent() hit: LessonHit, @Context() context: GqlContext): Promise<Plan> {
    return (await context.loaders.planById.load(hit.planId)) as Plan;
  }
}
