import { Controller, Get, Query, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestToken } from '../../core/web/session-cookie';
import { AuthService } from '../auth/auth.service';
import { TransparencyExportService } from './transparency-export.service';

/** GET /export/transparency.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD with the bearer token or the session cookie: OVERSIGHT only (403 otherwise), 400 for a bad period. */
@Controller('export')
export class TransparencyExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly exports: TransparencyExportService,
  ) {}

  @Get('transparency.pdf')
  async transparency(
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const token = requestToken(req);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) throw new UnauthorizedException('Sign in to export.');
    const pdf = await this.exports.pdf(user, { from: typeof from === 'string' ? from : '', to: typeof to === 'string' ? to : '' });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${pdf.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(pdf.buffer);
  }
}
