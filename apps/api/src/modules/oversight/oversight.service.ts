import { Injectable } from '@nestjs/common';
import { checkDate, collectViolations, INCIDENT_TYPES, PLAN_STATUSES } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { TransparencyReport } from './dto/transparency-report.type';
import { OversightRepository } from './oversight.repository';

const MAX_PERIOD_DAYS = 3_660;

@Injectable()
export class OversightService {
  constructor(private readonly repository: OversightRepository) {}

  /**
   * Published figures for a period: operations whose window overlaps it (or, without a window,
   * that were created in it), by status. Counts only: no names and no free text leave here.
   */
  async transparency(from: Date, to: Date): Promise<TransparencyReport> {
    ValidationException.throwIfAny(collectViolations(checkDate('from', from), checkDate('to', to)));
    if (to < from) throw ValidationException.of('to', 'The period cannot end before it starts.');
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) throw ValidationException.of('to', 'A period covers at most ten years.');

    const rows = await this.repository.plansByStatus(from, to);
    const incidents = await this.repository.incidentsByType(from, to);
    const actions = await this.repository.correctiveActionCounts(from, to);
    const counts = new Map(rows.map((row) => [row.status, row.count]));
    const incidentCounts = new Map(incidents.map((row) => [row.type, row.count]));
    return {
      from,
      to,
      operations: rows.reduce((sum, row) => sum + row.count, 0),
      byStatus: PLAN_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      incidents: INCIDENT_TYPES.map((type) => ({ type, count: incidentCounts.get(type) ?? 0 })),
      correctiveActionsOpen: actions.open,
      correctiveActionsDone: actions.done,
    };
  }
}
