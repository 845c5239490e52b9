import { Injectable } from '@nestjs/common';
import { activityEntrySchema, beforeActivation, formatInZone, statusAllows } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { assertValid } from '../../core/errors/assert-valid';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ClientWritesService } from '../plans/client-writes.service';
import { PlanChangeService } from '../plans/plan-change.service';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import type { ActivityEntry } from './activity-entry.entity';
import { PlanRepository } from '../plans/plan.repository';
import { OperationLogRepository } from './operation-log.repository';

@Injectable()
export class OperationLogService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly repository: OperationLogRepository,
    private readonly plans: PlanRepository,
    private readonly clock: Clock,
    private readonly clientWrites: ClientWritesService,
  ) {}

  /**
   * Append-only entry in the activity log while the plan is ACTIVE; `at` defaults to now, and lies
   * between the plan's activation and now. With a client key, a second send returns the first entry.
   */
  log(user: AuthenticatedUser, planId: string, text: string, at: Date | null | undefined, clientKey?: string | null): Promise<ActivityEntry> {
    return this.changes.run(user, planId, 'activity.log', (change) =>
      this.clientWrites.once(change, clientKey, 'logActivity', (manager, id) => this.repository.findById(manager, id), async () => {
        if (!statusAllows('activity.log', change.plan.status)) {
          throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `The activity log is open while the plan is ACTIVE; it is ${change.plan.status}.`, { status: change.plan.status });
        }
        const now = this.clock.now();
        const when = at ?? now;
        // The form's rules (text required and within the limit; a real time, not in the future beyond a minute of clock skew).
        assertValid(activityEntrySchema(now.getTime()), { text, at: when });
        // The log records the operation as it runs: an entry dated before activation would rewrite
        // its history. Time inputs have minute precision, so the minute of activation itself counts.
        const activatedAt = await this.plans.activatedAt(change.manager, planId);
        if (activatedAt && beforeActivation(activatedAt, when)) {
          throw ValidationException.of('at', `An entry cannot be dated before the operation was activated (${formatInZone(activatedAt, change.plan.timeZone)}).`);
        }
        const entry = await this.repository.append(change.manager, { planId, at: when, authorId: user.id, agencyId: user.agencyId, text: text.trim() });
        change.log({ type: 'ACTIVITY_LOGGED', entityType: 'ACTIVITY_ENTRY', entityId: entry.id, data: entry });
        return entry;
      }),
    );
  }
}
