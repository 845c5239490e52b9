import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { EffectivenessReport } from './dto/effectiveness-report.type';
import { EffectivenessService } from './effectiveness.service';

@Resolver(() => EffectivenessReport)
@UseGuards(SessionGuard)
export class EffectivenessResolver {
  constructor(private readonly reports: EffectivenessService) {}

  @Query(() => EffectivenessReport, {
    description: "OVERSIGHT (every operation, or one agency's with agencyId) and AGENCY_LEAD (their agency's; agencyId defaults to it, another agency is FORBIDDEN).",
  })
  effectiveness(
    @CurrentUser() user: AuthenticatedUser,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null,
  ): Promise<EffectivenessReport> {
    return this.reports.report(user, from, to, agencyId);
  }
}
