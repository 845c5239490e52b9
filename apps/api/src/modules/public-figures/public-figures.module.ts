import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PublicFiguresRepository } from './public-figures.repository';
import { PublicFiguresResolver } from './public-figures.resolver';
import { PublicFiguresService } from './public-figures.service';

/**
 * Published figures (issue 17): `publicTransparency` for anyone, without signing in, and the same
 * figures for the annual PDF (made by the exports module). Counts only, suppressed.
 */
@Module({
  imports: [AuthModule],
  providers: [PublicFiguresRepository, PublicFiguresService, PublicFiguresResolver],
  exports: [PublicFiguresService],
})
export class PublicFiguresModule {}
