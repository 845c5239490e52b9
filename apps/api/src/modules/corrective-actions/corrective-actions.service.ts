import { Injectable } from '@nestjs/common';
import { ActionStatus, can, correctiveActionPatchSchema, correctiveActionSchema, isUuid, statusAllows } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService, permissionPlan } from '../plans/plan-access.service';
import { PlanChangeService, type PlanChange } from '../plans/plan-change.service';
import { assertParticipating, insertItem, updateVersioned } from '../plans/plan-items';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { AfterActionReport } from '../report/after-action-report.entity';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionsRepository } from './corrective-actions.repository';
import type { CorrectiveActionInput, CorrectiveActionPatch } from './dto/corrective-action.input';

/** The improvement plan of a completed operation: corrective actions, tracked to closure after the plan is closed. */
@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly repository: CorrectiveActionsRepository,
    private readonly changes: PlanChangeService,
    private readonly access: PlanAccessService,
    private readonly clock: Clock,
  ) {}

  async addAction(user: AuthenticatedUser, reportId: string, input: CorrectiveActionInput): Promise<CorrectiveAction> {
    return this.changes.runOnPart(
      user,
      AfterActionReport,
      reportId,
      'correctiveAction.add',
      async (change) => {
        this.assertAfterOperation(change);
        assertValid(correctiveActionSchema, input, 'input');
        assertParticipating(change, input.ownerAgencyId, 'input.ownerAgencyId');
        const action = await insertItem(change, CorrectiveAction, {
          reportId,
          title: input.title.trim(),
          ownerAgencyId: input.ownerAgencyId,
          dueDate: input.dueDate,
          status: ActionStatus.OPEN,
          notes: input.notes ?? '',
          closedAt: null,
        });
        change.log({ type: 'CORRECTIVE_ACTION_ADDED', entityType: 'CORRECTIVE_ACTION', entityId: action.id, data: action });
        return action;
      },
      'Report',
    );
  }

  /**
   * By a planner or lead of the owner agency or of the lead agency, also after the plan is closed.
   * Making it DONE records when (`closedAt`, by the server's clock); any other status clears that.
   */
  async updateAction(user: AuthenticatedUser, id: string, expectedVersion: number, patch: CorrectiveActionPatch): Promise<CorrectiveAction> {
    return this.changes.runOnPart(
      user,
      CorrectiveAction,
      id,
      'plan.read',
      async (change) => {
        const current = await this.repository.getById(change.manager, id);
        if (!can(user, 'correctiveAction.update', permissionPlan(change.plan, change.agencyIds), { agencyId: current.ownerAgencyId })) {
          throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, "Planners and agency leads of the owner agency or the lead agency update corrective actions.");
        }
        assertValid(correctiveActionPatchSchema, patch, 'patch');
        const changes: Partial<CorrectiveAction> = {};
        if (patch.ownerAgencyId != null) {
          assertParticipating(change, patch.ownerAgencyId, 'patch.ownerAgencyId');
          changes.ownerAgencyId = patch.ownerAgencyId;
        }
        if (patch.title != null) changes.title = patch.title.trim();
        if (patch.dueDate != null) changes.dueDate = patch.dueDate;
        if (patch.status != null) changes.status = patch.status;
        // Closed when made DONE; reopening clears it, and the next closing counts.
        if (patch.status != null && patch.status !== current.status) changes.closedAt = patch.status === ActionStatus.DONE ? this.clock.now() : null;
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
    return this.repository.list(this.access.visibleCondition(user, 'p', ':agencyId'), user.agencyId, { owner: agencyId, status });
  }

  private assertAfterOperation(change: PlanChange): void {
    if (!statusAllows('correctiveAction.add', change.plan.status)) {
      throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Corrective actions follow a completed operation; the plan is ${change.plan.status}.`, { status: change.plan.status });
    }
  }
}
