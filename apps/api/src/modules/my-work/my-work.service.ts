import { Injectable } from '@nestjs/common';
import { actionDueSoonCutoff, ApprovalStatus, isActionOverdue, myWorkLists, OFFLINE_POLICY, owesEveryDebrief, editsLeadAgencyDrafts } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService } from '../plans/plan-access.service';
import type { MyWork, MyWorkDecision } from './dto/my-work.types';
import { MyWorkRepository } from './my-work.repository';

/**
 * The My work page: what waits for the signed-in user, from plans they may see (the same
 * visibility condition as every plan list). A list the user's roles cannot fill is not queried.
 * The plans it returns are access-logged as reads when they are put in the result (PlanReadRecorder).
 */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly repository: MyWorkRepository,
    private readonly access: PlanAccessService,
    private readonly clock: Clock,
  ) {}

  /** At the server's Clock, as the reminders judge what is overdue: My work and the bell agree. */
  async myWork(user: AuthenticatedUser, now = this.clock.now()): Promise<MyWork> {
    const lists = myWorkLists(user);
    const visible = this.access.visibleCondition(user, 'p', '$2');
    const { id, agencyId } = user;
    const completedSince = new Date(now.getTime() - OFFLINE_POLICY.completedRetentionHours * 3_600_000);
    const [decisions, debriefsOwed, actions, editing, assignedOperations, reportsToFinish] = await Promise.all([
      lists.decisions ? this.repository.openDecisions(id, agencyId, visible) : [],
      lists.debriefs ? this.repository.debriefsOwed(id, agencyId, visible, owesEveryDebrief(user)) : [],
      lists.actions ? this.repository.actionsDue(id, agencyId, visible, actionDueSoonCutoff(now)) : [],
      lists.editing ? this.repository.drafts(id, agencyId, visible, editsLeadAgencyDrafts(user)) : [],
      this.repository.assignedOperations(id, agencyId, visible, completedSince),
      lists.reports ? this.repository.reportsToFinish(id, agencyId, visible) : [],
    ]);
    // My own approval that went stale is "sign again"; anything else open is "awaiting my decision".
    const mine = (item: MyWorkDecision) => item.approval.decidedById === id && item.approval.status !== ApprovalStatus.PENDING;
    return {
      awaitingDecision: decisions.filter((item) => !mine(item)),
      staleSignOffs: decisions.filter(mine),
      debriefsOwed,
      correctiveActions: actions.map(({ plan, action }) => ({ plan, action, overdue: isActionOverdue(action, now) })),
      editing,
      assignedOperations,
      reportsToFinish,
    };
  }
}
