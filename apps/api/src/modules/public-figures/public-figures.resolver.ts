import { UseGuards } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AllowAnonymous } from '../../core/guards/allow-anonymous.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { PublicTransparencyReport } from './dto/public-transparency-report.type';
import { PublicFiguresService } from './public-figures.service';

@Resolver(() => PublicTransparencyReport)
@UseGuards(SessionGuard)
export class PublicFiguresResolver {
  constructor(private readonly figures: PublicFiguresService) {}

  @Query(() => PublicTransparencyReport, { description: 'Anyone, without signing in: published figures with small counts suppressed.' })
  @AllowAnonymous()
  publicTransparency(
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int, nullable: true }) quarter: number | null = null,
  ): Promise<PublicTransparencyReport> {
    return this.figures.period(year, quarter ?? null);
  }
}
