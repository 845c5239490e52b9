import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ComplaintStatus, rolesFor } from '@jointops/domain';
import { requestMeta, type GqlContext } from '../../core/graphql/gql-context';
import { AllowAnonymous } from '../../core/guards/allow-anonymous.decorator';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { ComplaintFilingService } from './complaint-filing.service';
import { ComplaintHandlingService } from './complaint-handling.service';
import { Complaint, ComplaintChange, ComplaintReceipt, ComplaintStatusView } from './complaint.entity';
import { ComplaintInput, ComplaintPatch } from './dto/complaint.input';

/** The public side: these answer without a session (DESIGN.md section 8). */
@Resolver()
@UseGuards(SessionGuard)
export class PublicComplaintsResolver {
  constructor(private readonly filing: ComplaintFilingService) {}

  @Mutation(() => ComplaintReceipt, { description: 'Anyone, without signing in; limited per client address (RATE_LIMITED, extensions.retryAfterSeconds).' })
  @AllowAnonymous()
  fileComplaint(@Args('input') input: ComplaintInput, @Context() context: GqlContext): Promise<ComplaintReceipt> {
    return this.filing.file(input, requestMeta(context).ip);
  }

  @Query(() => ComplaintStatusView, { nullable: true, description: 'Anyone, without signing in. Unknown and malformed codes answer null.' })
  @AllowAnonymous()
  complaintStatus(@Args('trackingCode') trackingCode: string): Promise<ComplaintStatusView | null> {
    return this.filing.status(trackingCode);
  }

  @Query(() => [Agency], { description: 'Anyone, without signing in: agencies that took part in an operation, for the complaint form.' })
  @AllowAnonymous()
  publicAgencies(): Promise<Agency[]> {
    return this.filing.publicAgencies();
  }
}

/** Oversight's side: OVERSIGHT alone reads and handles complaints; everyone else is FORBIDDEN. */
@Resolver(() => Complaint)
@UseGuards(SessionGuard)
export class ComplaintsResolver {
  constructor(private readonly handling: ComplaintHandlingService) {}

  @Query(() => [Complaint], { description: 'OVERSIGHT only. Newest first; each read is recorded.' })
  @RequireRoles(...rolesFor('complaint.handle'))
  complaints(
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GqlContext,
    @Args('status', { type: () => ComplaintStatus, nullable: true }) status?: ComplaintStatus | null,
    @Args('planId', { type: () => ID, nullable: true }) planId?: string | null,
  ): Promise<Complaint[]> {
    return this.handling.list(user, status, planId, requestMeta(context));
  }

  @Query(() => Complaint, { nullable: true, description: 'OVERSIGHT only; null when there is no such complaint. The read is recorded.' })
  @RequireRoles(...rolesFor('complaint.handle'))
  complaint(@CurrentUser() user: AuthenticatedUser, @Context() context: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<Complaint | null> {
    return this.handling.read(user, id, requestMeta(context));
  }

  @Mutation(() => Complaint, { description: 'OVERSIGHT only.' })
  @RequireRoles(...rolesFor('complaint.handle'))
  updateComplaint(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: ComplaintPatch,
  ): Promise<Complaint> {
    return this.handling.update(user, id, expectedVersion, patch);
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The agency the complainant named, or oversight linked.' })
  async agency(@Parent() complaint: Complaint, @Context() context: GqlContext): Promise<Agency | null> {
    return complaint.agencyId ? ((await context.loaders.agencyById.load(complaint.agencyId)) ?? null) : null;
  }

  @ResolveField(() => Plan, { nullable: true, description: 'The operation oversight linked it to.' })
  async plan(@Parent() complaint: Complaint, @Context() context: GqlContext): Promise<Plan | null> {
    return complaint.planId ? ((await context.loaders.planById.load(complaint.planId)) ?? null) : null;
  }

  @ResolveField(() => [ComplaintChange], { description: 'Every change, oldest first: the filing, then who changed what, and when.' })
  history(@Parent() complaint: Complaint, @Context() context: GqlContext): Promise<ComplaintChange[]> {
    return context.loaders.complaintHistory.load(complaint.id);
  }
}

@Resolver(() => ComplaintChange)
@UseGuards(SessionGuard)
export class ComplaintChangeResolver {
  @ResolveField(() => User, { nullable: true, description: 'Null for the filing, which is anonymous.' })
  async by(@Parent() change: ComplaintChange, @Context() context: GqlContext): Promise<User | null> {
    return change.byId ? ((await context.loaders.userById.load(change.byId)) ?? null) : null;
  }
}
