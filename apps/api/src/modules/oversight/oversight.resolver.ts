import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { rolesFor } from '@jointops/domain';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { TransparencyReport } from './dto/transparency-report.type';
import { OversightService } from './oversight.service';

@Resolver(() => TransparencyReport)
@UseGuards(SessionGuard)
export class OversightResolver {
  constructor(private readonly oversight: OversightService) {}

  @Query(() => TransparencyReport, { description: 'OVERSIGHT only (exact figures). Agency leads read publicTransparency and effectiveness.' })
  @RequireRoles(...rolesFor('transparency.read'))
  transparencyReport(@Args('from') from: Date, @Args('to') to: Date): Promise<TransparencyReport> {
    return this.oversight.transparency(from, to);
  }
}
