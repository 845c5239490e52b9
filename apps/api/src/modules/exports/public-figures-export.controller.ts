import { Controller, Get, Param, Res } from '@nestjs/common';
import { ErrorCode } from '@jointops/domain';
import type { Response } from 'express';
import { ValidationException } from '../../core/errors/app-exception';
import { PublicFiguresExportService } from './public-figures-export.service';

/**
 * GET /transparency/:year/report.pdf: the annual report of the published figures, for anyone,
 * without signing in. A year that is not one with published figures answers 400 with
 * `{ code: BAD_USER_INPUT, message, field: "year" }`.
 */
@Controller('transparency')
export class PublicFiguresExportController {
  constructor(private readonly exports: PublicFiguresExportService) {}

  @Get(':year/report.pdf')
  async annualReport(@Param('year') year: string, @Res() res: Response): Promise<void> {
    try {
      if (!/^\d{1,6}$/.test(year)) throw ValidationException.of('year', 'The year must be a year, such as 2026.');
      const pdf = await this.exports.annualReport(Number(year));
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="${pdf.filename}"`);
      res.setHeader('Cache-Control', 'no-cache');
      res.send(pdf.buffer);
    } catch (error) {
      if (!(error instanceof ValidationException)) throw error;
      res.status(400).setHeader('Cache-Control', 'no-store');
      res.json({ code: ErrorCode.BAD_USER_INPUT, message: error.message, field: 'year' });
    }
  }
}
