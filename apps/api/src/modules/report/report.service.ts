import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActionStatus,
  checkDate,
  checkText,
  checkTitle,
  collectViolations,
  isUuid,
  LIMITS,
  mergeExactDuplicates,
  nextStatus,
  Outcome,
  PlanAction,
  PlanStatus,
  Role,
  slipMinutes,
} from '@jointops/domain';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Debrief, DebriefStatus } from '../debriefs/debrief.entity';
import { Objective } from '../objectives/objective.entity';
import { PlanAccessService } from '../plans/plan-access.service';
import { PlanChangeService, type PlanChange } from '../plans/plan-change.service';
import { assertParticipating, insertItem, updateVersioned } from '../plans/plan-items';
import { moveTo } from '../plans/plan-status';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { AfterActionReport, type ReportAggregates } from './after-action-report.entity';
import { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import type { CorrectiveActionInput, CorrectiveActionPatch } from '../corrective-actions/dto/corrective-action.input';

const COUNTERS: Record<Outcome, 'met' | 'partiallyMet' | 'notMet' | 'notAttempted'> = {
  MET: 'met',
  PARTIALLY_MET: 'partiallyMet',
  NOT_MET: 'notMet',
  NOT_ATTEMPTED: 'notAttempted',
};

/** The after-action report and improvement plan (HSEEP AAR/IP) of a completed operation. */
@Injectable()
export class AfterActionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: PlanChangeService,
    private readonly access: PlanAccessService,
  ) {}

  /** Builds (or rebuilds) the aggregates from submitted debriefs and recorded actuals; keeps the summary. */
  draft(user: AuthenticatedUser, planId: string): Promise<AfterActionReport> {
    return this.changes.run(user, planId, 'report', async (change) => {
      this.assertCompleted(change);
      const aggregates = await this.aggregate(change);
      const existing = await change.manager.findOneBy(AfterActionReport, { planId });
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
      ValidationException.throwIfAny(collectViolations(checkText('summary', summary, LIMITS.textMax)));
      const report = await updateVersioned(change, AfterActionReport, id, expectedVersion, { summary }, 'Report');
      change.log({ type: 'AFTER_ACTION_REPORT_UPDATED', entityType: 'AFTER_ACTION_REPORT', entityId: id, data: report });
      return report;
    });
  }

  /** COMPLETED -> CLOSED: the report is final and the plan read-only; corrective actions stay open to track. */
  async finalize(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<AfterActionReport> {
    return this.onReport(user, id, async (change) => {
      if (!nextStatus(change.plan.status, PlanAction.FINALIZE)) {
        throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Only a completed plan's report can be finalized; the plan is ${change.plan.status}.`, { status: change.plan.status });
      }
      const report = await updateVersioned(change, AfterActionReport, id, expectedVersion, { finalizedAt: new Date(), finalizedById: user.id }, 'Report');
      change.log({ type: 'AFTER_ACTION_REPORT_FINALIZED', entityType: 'AFTER_ACTION_REPORT', entityId: id, data: report });
      await moveTo(change, PlanStatus.CLOSED, 'PLAN_CLOSED');
      return report;
    });
  }

  async addAction(user: AuthenticatedUser, reportId: string, input: CorrectiveActionInput): Promise<CorrectiveAction> {
    return this.onReport(user, reportId, async (change) => {
      this.assertAfterOperation(change);
      ValidationException.throwIfAny(
        collectViolations(checkTitle('input.title', input.title?.trim()), checkDate('input.dueDate', input.dueDate), checkText('input.notes', input.notes, LIMITS.textMax)),
      );
      assertParticipating(change, input.ownerAgencyId, 'input.ownerAgencyId');
      const action = await insertItem(change, CorrectiveAction, {
        reportId,
        title: input.title.trim(),
        ownerAgencyId: input.ownerAgencyId,
        dueDate: input.dueDate,
        status: ActionStatus.OPEN,
        notes: input.notes ?? '',
      });
      change.log({ type: 'CORRECTIVE_ACTION_ADDED', entityType: 'CORRECTIVE_ACTION', entityId: action.id, data: action });
      return action;
    });
  }

  /** By a planner or lead of the owner agency or of the lead agency, also after the plan is closed. */
  async updateAction(user: AuthenticatedUser, id: string, expectedVersion: number, patch: CorrectiveActionPatch): Promise<CorrectiveAction> {
    const planId = await this.changes.planIdOf('corrective_actions', id, 'Corrective action');
    return this.changes.run(
      user,
      planId,
      'view',
      async (change) => {
        const current = await change.manager.findOneByOrFail(CorrectiveAction, { id });
        const editor = user.roles.includes(Role.PLANNER) || user.roles.includes(Role.AGENCY_LEAD);
        const involved = user.agencyId === current.ownerAgencyId || user.agencyId === change.plan.leadAgencyId;
        if (!editor || !involved || !change.agencyIds.includes(user.agencyId)) {
          throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, "Planners and agency leads of the owner agency or the lead agency update corrective actions.");
        }
        ValidationException.throwIfAny(
          collectViolations(
            patch.title != null ? checkTitle('patch.title', patch.title.trim()) : null,
            checkDate('patch.dueDate', patch.dueDate),
            checkText('patch.notes', patch.notes, LIMITS.textMax),
          ),
        );
        const changes: Partial<CorrectiveAction> = {};
        if (patch.ownerAgencyId != null) {
          assertParticipating(change, patch.ownerAgencyId, 'patch.ownerAgencyId');
          changes.ownerAgencyId = patch.ownerAgencyId;
        }
        if (patch.title != null) changes.title = patch.title.trim();
        if (patch.dueDate != null) changes.dueDate = patch.dueDate;
        if (patch.status != null) changes.status = patch.status;
        if (patch.notes != null) changes.notes = patch.notes;
        const action = await updateVersioned(change, CorrectiveAction, id, expectedVersion, changes, 'Corrective action');
        change.log({ type: 'CORRECTIVE_ACTION_UPDATED', entityType: 'CORRECTIVE_ACTION', entityId: id, data: action });
        return action;
      },
      'Corrective action',
    );
  }

  /** Corrective actions across every plan the caller may see. */
  async actions(user: AuthenticatedUser, agencyId: string | null | undefined, status: ActionStatus | null | undefined): Promise<CorrectiveAction[]> {
    if (agencyId != null && !isUuid(agencyId)) return [];
    const query = this.dataSource
      .getRepository(CorrectiveAction)
      .createQueryBuilder('a')
      .innerJoin('plans', 'p', 'p.id = a.plan_id')
      .where(this.access.visibleCondition(user, 'p', ':agencyId'), { agencyId: user.agencyId });
    if (agencyId) query.andWhere('a.owner_agency_id = :owner', { owner: agencyId });
    if (status) query.andWhere('a.status = :status', { status });
    return query.orderBy('a.due_date', 'ASC').addOrderBy('a.created_at', 'ASC').take(1000).getMany();
  }

  private async onReport<T>(user: AuthenticatedUser, reportId: string, work: (change: PlanChange) => Promise<T>): Promise<T> {
    const planId = await this.changes.planIdOf('after_action_reports', reportId, 'Report');
    return this.changes.run(user, planId, 'report', work, 'Report');
  }

  private assertCompleted(change: PlanChange): void {
    if (change.plan.status !== PlanStatus.COMPLETED) {
      throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `The report is drafted while the plan is COMPLETED; it is ${change.plan.status}.`, { status: change.plan.status });
    }
  }

  private assertAfterOperation(change: PlanChange): void {
    if (change.plan.status !== PlanStatus.COMPLETED && change.plan.status !== PlanStatus.CLOSED) {
      throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Corrective actions follow a completed operation; the plan is ${change.plan.status}.`, { status: change.plan.status });
    }
  }

  private async aggregate(change: PlanChange): Promise<ReportAggregates> {
    const planId = change.plan.id;
    const [objectives, events, debriefs] = await Promise.all([
      change.manager.find(Objective, { where: { planId }, order: { position: 'ASC' } }),
      change.manager.find(TimelineEvent, { where: { planId }, order: { startsAt: 'ASC' } }),
      change.manager.find(Debrief, { where: { planId, status: DebriefStatus.SUBMITTED }, order: { submittedAt: 'ASC' } }),
    ]);
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
