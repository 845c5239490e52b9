import { Injectable } from '@nestjs/common';
import { mergeExactDuplicates, nextStatus, Outcome, PlanAction, PlanStatus, reportFinalizeSchema, reportSummarySchema, slipMinutes, statusAllows } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanChangeService, type PlanChange } from '../plans/plan-change.service';
import { contentHashOf, PlanContentService } from '../plans/plan-content.service';
import { insertItem, updateVersioned } from '../plans/plan-items';
import { signatureOf } from '../plans/plan-signature';
import { moveTo } from '../plans/plan-status';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { AfterActionReport, type ReportAggregates } from './after-action-report.entity';
import { ReportRepository } from './report.repository';

const COUNTERS: Record<Outcome, 'met' | 'partiallyMet' | 'notMet' | 'notAttempted'> = {
  MET: 'met',
  PARTIALLY_MET: 'partiallyMet',
  NOT_MET: 'notMet',
  NOT_ATTEMPTED: 'notAttempted',
};

/** The after-action report (HSEEP AAR) of a completed operation; its improvement plan is in corrective-actions. */
@Injectable()
export class ReportService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly repository: ReportRepository,
    private readonly clock: Clock,
    private readonly content: PlanContentService,
  ) {}

  /** Builds (or rebuilds) the aggregates from submitted debriefs and recorded actuals; keeps the summary. */
  draft(user: AuthenticatedUser, planId: string): Promise<AfterActionReport> {
    return this.changes.run(user, planId, 'report.edit', async (change) => {
      this.assertCompleted(change);
      const aggregates = await this.aggregate(change);
      const existing = await this.repository.findByPlan(change.manager, planId);
      const report = existing
        ? await updateVersioned(change, AfterActionReport, existing.id, existing.version, { aggregates }, 'Report')
        : await insertItem(change, AfterActionReport, { summary: '', aggregates });
      change.log({ type: 'AFTER_ACTION_REPORT_DRAFTED', entityType: 'AFTER_ACTION_REPORT', entityId: report.id, data: report });
      return report;
    });
  }

  async updateSummary(user: AuthenticatedUser, id: string, expectedVersion: number, summary: string): Promise<AfterActionReport> {
    return this.onReport(user, id, async (change) => {
      this.assertCompleted(change);
      assertValid(reportSummarySchema, { summary });
      const report = await updateVersioned(change, AfterActionReport, id, expectedVersion, { summary }, 'Report');
      change.log({ type: 'AFTER_ACTION_REPORT_UPDATED', entityType: 'AFTER_ACTION_REPORT', entityId: id, data: report });
      return report;
    });
  }

  /**
   * COMPLETED -> CLOSED: the report is final and the plan read-only; corrective actions stay open to
   * track. The report needs its summary (BAD_USER_INPUT on `summary`).
   */
  async finalize(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<AfterActionReport> {
    return this.onReport(user, id, async (change) => {
      if (!nextStatus(change.plan.status, PlanAction.FINALIZE)) {
        throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Only a completed plan's report can be finalized; the plan is ${change.plan.status}.`, { status: change.plan.status });
      }
      const report = await updateVersioned(change, AfterActionReport, id, expectedVersion, { finalizedAt: this.clock.now(), finalizedById: user.id }, 'Report');
      // The report is read as it is under the lock: without a summary the refusal rolls the update back.
      assertValid(reportFinalizeSchema, { summary: report.summary });
      // Finalizing is a signature: its event records what was finalized and how the signer proved presence.
      const signature = await signatureOf(change, 'FINALIZE', contentHashOf(change.plan, (await this.content.load([change.plan.id]))[0]));
      change.log({ type: 'AFTER_ACTION_REPORT_FINALIZED', entityType: 'AFTER_ACTION_REPORT', entityId: id, data: { ...report, signature } });
      await moveTo(change, PlanStatus.CLOSED, 'PLAN_CLOSED');
      return report;
    });
  }

  private async onReport<T>(user: AuthenticatedUser, reportId: string, work: (change: PlanChange) => Promise<T>): Promise<T> {
    return this.changes.runOnPart(user, AfterActionReport, reportId, 'report.edit', work, 'Report');
  }

  private assertCompleted(change: PlanChange): void {
    if (!statusAllows('report.edit', change.plan.status)) {
      throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `The report is drafted while the plan is COMPLETED; it is ${change.plan.status}.`, { status: change.plan.status });
    }
  }

  private async aggregate(change: PlanChange): Promise<ReportAggregates> {
    const { objectives, events, debriefs } = await this.repository.sources(change.manager, change.plan.id);
    const results = new Map(objectives.map((objective) => [objective.id, { objectiveId: objective.id, met: 0, partiallyMet: 0, notMet: 0, notAttempted: 0 }]));
    for (const debrief of debriefs) {
      for (const outcome of debrief.outcomes) {
        const result = results.get(outcome.objectiveId);
        if (result) result[COUNTERS[outcome.outcome]]++;
      }
    }
    const strengths = mergeExactDuplicates(debriefs.map((debrief) => debrief.strengths));
    const improvements = mergeExactDuplicates(debriefs.map((debrief) => debrief.improvements));
    return {
      objectiveResults: [...results.values()],
      timelineDeviations: events.map((event) => ({
        eventId: event.id,
        startSlipMinutes: slipMinutes(event.startsAt, event.actualStartsAt),
        endSlipMinutes: slipMinutes(event.endsAt, event.actualEndsAt),
      })),
      strengths,
      improvements,
      incidents: debriefs.flatMap((debrief) => debrief.incidents),
      debriefCount: debriefs.length,
      lessonText: [...strengths, ...improvements].join('\n'),
    };
  }
}
