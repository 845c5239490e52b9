import { Injectable } from '@nestjs/common';
import { can, statusAllows, type PermissionAction, type PermissionPlan } from '@jointops/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SecurityLogService } from '../auth/security-log.service';
import { AccessLogService } from './access-log.service';
import type { Plan } from './plan.entity';
import { PlanException, PlanExceptionCode } from './plan.exception';

const LEAD_PLANNERS_ONLY = "Only the lead agency's planners and agency leads may do this.";

/**
 * How a refusal is recorded and told, by its `kind`: what the access log and the security log have
 * always stored for it (the web's access-log page names these), so history reads the same.
 */
const REFUSAL_KINDS = {
  view: { message: '', permissions: ['plan.read'] },
  editContent: { message: 'Only planners and agency leads of participating agencies may change this plan.', permissions: ['plan.editContent'] },
  manageAgencies: { message: LEAD_PLANNERS_ONLY, permissions: ['plan.manageAgencies'] },
  submit: { message: LEAD_PLANNERS_ONLY, permissions: ['plan.submit'] },
  report: { message: LEAD_PLANNERS_ONLY, permissions: ['report.edit', 'correctiveAction.add'] },
  decide: { message: 'Only an agency lead of a participating agency may decide for that agency.', permissions: ['approval.decide'] },
  lifecycle: { message: "Only the lead agency's agency lead may do this.", permissions: ['plan.activate', 'plan.complete', 'plan.cancel'] },
  participate: { message: 'Only members of participating agencies may do this.', permissions: ['actuals.record', 'activity.log', 'debrief.save'] },
} as const satisfies Record<string, { message: string; permissions: readonly PermissionAction[] }>;

/**
 * What a change to a plan asks for before it runs (`PlanChangeService.run`): an action of
 * `can` (libs/domain permissions.ts) that names no subject, one of those listed above. Rules that
 * depend on the item (a corrective action's owner, a debrief's author, a required checklist item)
 * are checked by the service with `can` once the item is read under the plan lock.
 */
export type PlanPermission = (typeof REFUSAL_KINDS)[keyof typeof REFUSAL_KINDS]['permissions'][number];

const REFUSALS = Object.fromEntries(
  Object.entries(REFUSAL_KINDS).flatMap(([kind, { message, permissions }]) => permissions.map((permission) => [permission, { kind, message }])),
) as Record<PlanPermission, { kind: string; message: string }>;

/** Permissions whose changes are content changes: they raise the revision and void sign-offs. */
export const CONTENT_PERMISSIONS: ReadonlySet<PlanPermission> = new Set<PlanPermission>(['plan.editContent', 'plan.manageAgencies']);

/** A plan row and its participating agencies, as `can` reads them. */
export function permissionPlan(plan: Pick<Plan, 'leadAgencyId' | 'status'>, agencyIds: readonly string[]): PermissionPlan {
  return { leadAgencyId: plan.leadAgencyId, agencyIds, status: plan.status };
}

/**
 * The one place in the API that decides per plan, with `can` from libs/domain. Invisible plans
 * answer NOT_FOUND (existence is never disclosed); visible plans the caller may not change answer
 * FORBIDDEN; content changes in a status that freezes content answer INVALID_STATE.
 */
@Injectable()
export class PlanAccessService {
  constructor(
    private readonly securityLog: SecurityLogService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** can('plan.read') for a plan whose participating agencies are known (streams, presence). */
  canSee(user: AuthenticatedUser, agencyIds: readonly string[]): boolean {
    return can(user, 'plan.read', { agencyIds });
  }

  /**
   * The SQL twin of `can(user, 'plan.read', plan)`, for lists: a condition on `planAlias` that
   * holds for the plans the user may see. `agencyParam` must be bound to the user's agency id.
   * `plan-visibility.integration-spec.ts` checks on PostgreSQL that the two agree for every role and
   * agency relation.
   */
  visibleCondition(user: AuthenticatedUser, planAlias: string, agencyParam: string): string {
    // OVERSIGHT: every plan. Whoever would see a plan of their own agency: the plans their agency takes part in. Anyone else (ADMIN alone): none.
    if (can(user, 'plan.readAll')) return 'TRUE';
    if (!can(user, 'plan.read', { agencyIds: [user.agencyId] })) return 'FALSE';
    return `EXISTS (SELECT 1 FROM plan_agencies pa WHERE pa.plan_id = ${planAlias}.id AND pa.agency_id = ${agencyParam})`;
  }

  async authorize(user: AuthenticatedUser, plan: Plan, agencyIds: readonly string[], permission: PlanPermission, notFoundAs = 'Plan'): Promise<void> {
    const scope = permissionPlan(plan, agencyIds);
    const refusal = REFUSALS[permission];
    if (!can(user, 'plan.read', scope)) {
      await this.refused(user, plan.id, refusal.kind, 'not a member');
      throw PlanException.notFound(notFoundAs);
    }
    if (permission === 'plan.read') return;
    if (!can(user, permission, scope)) {
      await this.refused(user, plan.id, refusal.kind, 'role');
      throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, refusal.message);
    }
    // The other actions' status checks come later, in their services, with their own wording.
    if (CONTENT_PERMISSIONS.has(permission) && !statusAllows(permission, plan.status)) {
      throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `The plan is ${plan.status}: its content can no longer change.`, {
        status: plan.status,
      });
    }
  }

  /**
   * A refused read of a plan that exists (plan(id) and the reads that name a plan, over HTTP or
   * WebSocket, subscriptions included): DENIED in the plan's access log, as `view`. The caller
   * still answers NOT_FOUND, as for a plan that does not exist.
   */
  deniedRead(user: AuthenticatedUser, planId: string): void {
    this.accessLog.record(planId, user.id, 'DENIED', { kind: REFUSALS['plan.read'].kind });
  }

  private async refused(user: AuthenticatedUser, planId: string, kind: string, reason: string): Promise<void> {
    this.accessLog.record(planId, user.id, 'DENIED', { kind });
    await this.securityLog.record({ type: 'ACCESS_DENIED', userId: user.id, email: user.email, detail: { planId, permission: kind, reason } });
  }
}
