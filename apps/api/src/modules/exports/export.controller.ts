import { Controller, Get, NotFoundException, Param, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestToken } from '../../core/web/session-cookie';
import { AuthService } from '../auth/auth.service';
import { ExportService, type ExportedPdf } from './export.service';

/**
 * GET /export/plans/:id/plan.pdf and /after-action.pdf with the bearer token or the browser's
 * session cookie. Each export is written to the access log; a plan the caller may not see is
 * 404, like one that does not exist.
 */
@Controller('export/plans')
export class ExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly exports: ExportService,
  ) {}

  @Get(':id/plan.pdf')
  async plan(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = await this.user(req);
    this.send(res, await this.exports.planPdf(user, id));
  }

  @Get(':id/after-action.pdf')
  async afterAction(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = await this.user(req);
    this.send(res, await this.exports.afterActionPdf(user, id));
  }

  private async user(req: Request) {
    const token = requestToken(req);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) throw new UnauthorizedException('Sign in to export.');
    return user;
  }

  private send(res: Response, pdf: ExportedPdf | null): void {
    if (!pdf) throw new NotFoundException('Plan not found.');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${pdf.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(pdf.buffer);
  }
}
