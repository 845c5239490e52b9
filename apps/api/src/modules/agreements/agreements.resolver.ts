import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { agreementActiveAt, rolesFor } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import { AccessRecordPage } from '../events/dto/audit.types';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { AgreementReadsService } from './agreement-reads.service';
import { Agreement, AgreementChange } from './agreement.types';
import { AgreementsService } from './agreements.service';
import { AgreementInput, AgreementPatch } from './dto/agreement.input';

@Resolver(() => Agreement)
@UseGuards(SessionGuard)
export class AgreementsResolver {
  constructor(
    private readonly writes: AgreementsService,
    private readonly reads: AgreementReadsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [Agreement], { name: 'agreements', description: "ADMIN and OVERSIGHT: every agreement; anyone else: those their agency is party to. `agencyId` narrows to one party's, `activeOn` to those in force then." })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null,
    @Args('activeOn', { type: () => Date, nullable: true }) activeOn?: Date | null,
  ): Promise<Agreement[]> {
    return this.reads.list(user, agencyId, activeOn);
  }

  @Query(() => Agreement, { nullable: true, description: 'Null when it does not exist or the caller may not read it: existence is never disclosed.' })
  agreement(@CurrentUser() user: AuthenticatedUser, @Args('id', { type: () => ID }) id: string): Promise<Agreement | null> {
    return this.reads.read(user, id);
  }

  @Query(() => AccessRecordPage, {
    description: "Who downloaded the agreement's signed document (EXPORT) and who was refused (DENIED), newest first. OVERSIGHT and the AGENCY_LEAD of a party agency only (FORBIDDEN otherwise; NOT_FOUND for an agreement the caller may not read).",
  })
  agreementAccessLog(
    @CurrentUser() user: AuthenticatedUser,
    @Args('agreementId', { type: () => ID }) agreementId: string,
    @Args('before', { type: () => String, nullable: true }) before?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first?: number | null,
  ): Promise<AccessRecordPage> {
    return this.reads.accessLogPage(user, agreementId, { before: before ?? null, first: first ?? 100 });
  }

  @Mutation(() => Agreement)
  @RequireRoles(...rolesFor('agreement.manage'))
  createAgreement(@CurrentUser() user: AuthenticatedUser, @Args('input') input: AgreementInput): Promise<Agreement> {
    return this.writes.create(user, input);
  }

  @Mutation(() => Agreement)
  @RequireRoles(...rolesFor('agreement.manage'))
  updateAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: AgreementPatch,
    @Args('reason') reason: string,
  ): Promise<Agreement> {
    return this.writes.update(user, id, expectedVersion, patch, reason);
  }

  @Mutation(() => Agreement)
  @RequireRoles(...rolesFor('agreement.manage'))
  terminateAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('reason') reason: string,
  ): Promise<Agreement> {
    return this.writes.terminate(user, id, expectedVersion, reason);
  }

  @ResolveField(() => [Agency], { description: 'The parties; at least two agencies.' })
  async agencies(@Parent() agreement: Agreement, @Context() context: GqlContext): Promise<Agency[]> {
    return (await context.loaders.agencyById.loadMany(agreement.agencyIds)) as Agency[];
  }

  @ResolveField(() => Boolean, { description: 'True on the given day (or now): effective, not expired, not terminated.' })
  activeOn(@Parent() agreement: Agreement, @Args('at', { type: () => Date, nullable: true }) at?: Date | null): boolean {
    return agreementActiveAt(agreement, at ?? this.clock.now());
  }

  @ResolveField(() => [AgreementChange], { description: 'Every change, oldest first: who, when, what and why.' })
  history(@Parent() agreement: Agreement, @Context() context: GqlContext): Promise<AgreementChange[]> {
    return context.loaders.agreementHistory.load(agreement.id);
  }
}

@Resolver(() => AgreementChange)
@UseGuards(SessionGuard)
export class AgreementChangeResolver {
  @ResolveField(() => User)
  async by(@Parent() change: AgreementChange, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(change.byId)) as User;
  }
}

/** Plan.agreements: the plan is only ever resolved for those who may read it, and they read these. */
@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanAgreementsResolver {
  @ResolveField(() => [Agreement], { description: "The agreements that cover this plan's participating agencies (readable by the plan's members)." })
  agreements(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Agreement[]> {
    return context.loaders.planAgreements.load(plan.id);
  }
}
