import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { can, EXACT_REPORT_NOTE, INCIDENT_TYPE_LABELS, PLAN_STATUS_LABELS, reportPeriodBounds, reportPeriodError, reportPeriodInWords, type ReportPeriod } from '@jointops/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OversightService } from '../oversight/oversight.service';
import type { ExportedPdf } from './export.service';
import { document, renderPdf, table } from './pdf-renderer';

/**
 * The transparency report as a PDF: the same exact figures as `transparencyReport`, for the same
 * people (transparency.read), stating its period. Counts only: no names, no plan content, so
 * nothing here is a read of a plan for the access log.
 */
@Injectable()
export class TransparencyExportService {
  constructor(private readonly oversight: OversightService) {}

  async pdf(user: AuthenticatedUser, period: ReportPeriod): Promise<ExportedPdf> {
    if (!can(user, 'transparency.read')) throw new ForbiddenException('The transparency report is for oversight staff.');
    const problem = reportPeriodError(period);
    if (problem) throw new BadRequestException(problem);
    const bounds = reportPeriodBounds(period);
    const report = await this.oversight.transparency(new Date(bounds.from), new Date(bounds.to));
    const incidents = report.incidents.reduce((sum, row) => sum + row.count, 0);
    const body = [
      { text: 'Key figures', style: 'h2' },
      table(
        ['Figure', 'Count'],
        [
          ['Operations', report.operations],
          ['Incidents reported', incidents],
          ['Corrective actions open', report.correctiveActionsOpen],
          ['Corrective actions done', report.correctiveActionsDone],
        ],
        ['*', 80],
      ),
      { text: 'Operations by status', style: 'h2' },
      table(['Status', 'Operations'], report.byStatus.map((row) => [PLAN_STATUS_LABELS[row.status], row.count]), ['*', 80]),
      { text: 'Incidents by type', style: 'h2' },
      table(['Type', 'Incidents'], report.incidents.map((row) => [INCIDENT_TYPE_LABELS[row.type], row.count]), ['*', 80]),
    ];
    const buffer = await renderPdf(
      document('Transparency report', reportPeriodInWords(period), EXACT_REPORT_NOTE, body),
    );
    return { filename: `transparency-report-${period.from}-to-${period.to}.pdf`, buffer };
  }
}
