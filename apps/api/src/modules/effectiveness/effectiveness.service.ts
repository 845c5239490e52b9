import { Injectable } from '@nestjs/common';
import { can, checkDate, collectViolations, effectivenessPeriodViolation, isUuid } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService } from '../plans/plan-access.service';
import type { Plan } from '../plans/plan.entity';
import type { EffectivenessOperation, EffectivenessReport } from './dto/effectiveness-report.type';
import { EffectivenessException } from './effectiveness.exception';
import { EffectivenessRepository } from './effectiveness.repository';

const byPlan = <T extends { planId: string | null }>(rows: T[]) => new Map(rows.map((row) => [row.planId, row]));
const sum = (rows: EffectivenessOperation[], figure: keyof EffectivenessOperation) => rows.reduce((total, row) => total + (row[figure] as number), 0);
const perOperation = (total: number, operations: number) => (operations === 0 ? null : total / operations);

/**
 * The effectiveness report (issue 17): how the CLOSED operations of a period went. OVERSIGHT reads
 * every operation (or one agency's, with agencyId); an AGENCY_LEAD their own agency's only. The
 * plans it returns are access-logged as reads when they are put in the result (PlanReadRecorder).
 */
@Injectable()
export class EffectivenessService {
  constructor(
    private readonly repository: EffectivenessRepository,
    private readonly access: PlanAccessService,
    private readonly clock: Clock,
  ) {}

  /** Who first (FORBIDDEN), then the arguments (VALIDATION naming one), then whose operations (FORBIDDEN for another agency's). */
  async report(user: AuthenticatedUser, from: Date, to: Date, agencyId: string | null | undefined): Promise<EffectivenessReport> {
    if (!can(user, 'effectiveness.read', null, { agencyId: user.agencyId })) {
      throw EffectivenessException.forbidden('The effectiveness report is for oversight staff and agency leads.');
    }
    ValidationException.throwIfAny(collectViolations(checkDate('from', from), checkDate('to', to), effectivenessPeriodViolation(from, to)));
    if (agencyId != null && !(isUuid(agencyId) && (await this.repository.agencyExists(agencyId)))) {
      throw ValidationException.of('agencyId', 'No such agency.');
    }
    const scope = agencyId ?? (can(user, 'effectiveness.read') ? null : user.agencyId);
    if (!can(user, 'effectiveness.read', null, { agencyId: scope })) {
      throw EffectivenessException.forbidden("Agency leads read the effectiveness of their own agency's operations only.");
    }

    const plans = await this.repository.operations({ from, to, agencyId: scope, visible: this.access.visibleCondition(user, 'p', 'me.agency_id'), callerAgencyId: user.agencyId });
    const rows = await this.figures(plans);
    return {
      from,
      to,
      operations: plans.length,
      objectivesMet: sum(rows.operations, 'objectivesMet'),
      objectivesPartiallyMet: sum(rows.operations, 'objectivesPartiallyMet'),
      objectivesNotMet: sum(rows.operations, 'objectivesNotMet'),
      medianStartSlipMinutes: rows.medianStartSlipMinutes,
      incidentsPerOperation: perOperation(sum(rows.operations, 'incidents'), plans.length),
      complaintsPerOperation: perOperation(sum(rows.operations, 'complaints'), plans.length),
      correctiveActionsClosedOnTime: sum(rows.operations, 'correctiveActionsClosedOnTime'),
      correctiveActionsClosedLate: sum(rows.operations, 'correctiveActionsClosedLate'),
      correctiveActionsOverdue: sum(rows.operations, 'correctiveActionsOverdue'),
      plans,
      operationFigures: rows.operations,
    };
  }

  /** Each operation's figures (one statement per family for all of them), and the median over all. */
  private async figures(plans: Plan[]): Promise<{ operations: EffectivenessOperation[]; medianStartSlipMinutes: number | null }> {
    if (plans.length === 0) return { operations: [], medianStartSlipMinutes: null };
    const ids = plans.map((plan) => plan.id);
    const [objectives, slips, incidents, complaints, actions] = await Promise.all([
      this.repository.objectives(ids).then(byPlan),
      this.repository.startSlips(ids).then(byPlan),
      this.repository.incidents(ids).then(byPlan),
      this.repository.complaints(ids).then(byPlan),
      this.repository.correctiveActions(ids, this.clock.now()).then(byPlan),
    ]);
    const operations = plans.map((plan) => ({
      plan,
      objectivesMet: objectives.get(plan.id)?.met ?? 0,
      objectivesPartiallyMet: objectives.get(plan.id)?.partiallyMet ?? 0,
      objectivesNotMet: objectives.get(plan.id)?.notMet ?? 0,
      medianStartSlipMinutes: slips.get(plan.id)?.median ?? null,
      eventsWithActualStart: slips.get(plan.id)?.events ?? 0,
      incidents: incidents.get(plan.id)?.count ?? 0,
      complaints: complaints.get(plan.id)?.count ?? 0,
      correctiveActionsClosedOnTime: actions.get(plan.id)?.onTime ?? 0,
      correctiveActionsClosedLate: actions.get(plan.id)?.late ?? 0,
      correctiveActionsOverdue: actions.get(plan.id)?.overdue ?? 0,
    }));
    return { operations, medianStartSlipMinutes: slips.get(null)?.median ?? null };
  }
}
