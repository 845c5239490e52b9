import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@jointops/domain';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { TransparencyReport } from './dto/transparency-report.type';
import { ReportsService } from './reports.service';

@Resolver(() => TransparencyReport)
@UseGuards(SessionGuard)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => TransparencyReport, { description: 'OVERSIGHT and AGENCY_LEAD only.' })
  @RequireRoles(Role.OVERSIGHT, Role.AGENCY_LEAD)
  transparencyReport(@Args('from') from: Date, @Args('to') to: Date): Promise<TransparencyReport> {
    return this.reports.transparency(from, to);
  }
}
