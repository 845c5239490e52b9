import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { User } from '../users/user.entity';
import { AccessRecord, AccessRecordPage, LogVerification, PlanChange, PlanExportKind } from './dto/audit.types';
import { PlanAuditService } from './plan-audit.service';

@Resolver(() => AccessRecord)
@UseGuards(SessionGuard)
export class AuditResolver {
  constructor(private readonly audit: PlanAuditService) {}

  @Query(() => LogVerification, { description: "Recomputes the hash chain of a plan's log." })
  verifyPlanLog(@CurrentUser() user: AuthenticatedUser, @Args('planId', { type: () => ID }) planId: string): Promise<LogVerification> {
    return this.audit.verify(user, planId);
  }

  @Query(() => [PlanChange], { description: 'What changed between two revisions of a plan (toRevision defaults to the current one).' })
  planDiff(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('fromRevision', { type: () => Int }) fromRevision: number,
    @Args('toRevision', { type: () => Int, nullable: true }) toRevision?: number | null,
  ): Promise<PlanChange[]> {
    return this.audit.diff(user, planId, fromRevision, toRevision);
  }

  @Query(() => [AccessRecord], { description: 'Who read or exported the plan, and who was refused, newest first. OVERSIGHT and the lead agency\'s AGENCY_LEAD only.' })
  accessLog(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number,
  ): Promise<AccessRecord[]> {
    return this.audit.accessRecords(user, planId, first ?? 100);
  }

  @Query(() => AccessRecordPage, { description: "Paged, newest first, with filters. OVERSIGHT and the lead agency's AGENCY_LEAD only." })
  accessLogPage(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string | null,
    @Args('action', { type: () => String, nullable: true }) action?: string | null,
    @Args('before', { type: () => String, nullable: true }) before?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first?: number | null,
  ): Promise<AccessRecordPage> {
    return this.audit.accessRecordPage(user, planId, { userId, action, before, first: first ?? 100 });
  }

  @Mutation(() => Boolean, {
    description:
      "Records, as an EXPORT in the plan's access log, a file the browser is about to make of what it has read (the reads themselves were recorded). ACCESS_LOG_CSV: the access log's readers only.",
  })
  recordPlanExport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('kind', { type: () => PlanExportKind }) kind: PlanExportKind,
  ): Promise<boolean> {
    return this.audit.recordExport(user, planId, kind);
  }

  @ResolveField(() => User)
  async user(@Parent() record: AccessRecord, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(record.userId)) as User;
  }
}
