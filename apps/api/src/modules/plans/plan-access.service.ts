import { Injectable } from '@nestjs/common';
import { canEditContent, CONTENT_EDITOR_ROLES, hasAnyRole, Role } from '@jointops/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SecurityLogService } from '../auth/security-log.service';
import { AccessLogService } from './access-log.service';
import type { Plan } from './plan.entity';
import { PlanException, PlanExceptionCode } from './plan.exception';

/** What the caller wants to do with a plan (docs/architecture.md#permissions). */
export type PlanPermission =
  /** Read the plan, its log and presence. */
  | 'view'
  /** Change objectives, roles, checklist, timeline, resources, comms or the plan's fields. */
  | 'editContent'
  /** Add or remove participating agencies. */
  | 'manageAgencies'
  /** Submit for review (lead-agency planner or lead). */
  | 'submit'
  /** Approve or reject for one's own agency (an agency lead of a participating agency). */
  | 'decide'
  /** Activate, complete, cancel (the lead agency's agency lead). */
  | 'lifecycle'
  /** Log activity, record actuals, write one's own debrief (members, any role). */
  | 'participate'
  /** Draft, edit and finalize the after-action report (lead-agency planner or lead). */
  | 'report';

/** Permissions whose changes are content changes: they raise the revision and void sign-offs. */
export const CONTENT_PERMISSIONS: ReadonlySet<PlanPermission> = new Set(['editContent', 'manageAgencies']);

/** Roles that make a user of a participating agency a member. ADMIN alone does not. */
const MEMBER_ROLES: readonly Role[] = [Role.PLANNER, Role.AGENCY_LEAD, Role.OFFICER];

/**
 * The one place that decides who may see and change a plan. Invisible plans answer NOT_FOUND
 * (existence is never disclosed); visible plans the caller may not change answer FORBIDDEN;
 * changes in a status that freezes content answer INVALID_STATE.
 */
@Injectable()
export class PlanAccessService {
  constructor(
    private readonly securityLog: SecurityLogService,
    private readonly accessLog: AccessLogService,
  ) {}

  isMember(user: AuthenticatedUser, agencyIds: readonly string[]): boolean {
    return hasAnyRole(user.roles, MEMBER_ROLES) && agencyIds.includes(user.agencyId);
  }

  canSee(user: AuthenticatedUser, agencyIds: readonly string[]): boolean {
    return user.roles.includes(Role.OVERSIGHT) || this.isMember(user, agencyIds);
  }

  /** SQL condition for lists: plans the user may see. `$n` must be bound to the user's agency id. */
  visibleCondition(user: AuthenticatedUser, planAlias: string, agencyParam: string): string {
    if (user.roles.includes(Role.OVERSIGHT)) return 'TRUE';
    if (!hasAnyRole(user.roles, MEMBER_ROLES)) return 'FALSE';
    return `EXISTS (SELECT 1 FROM plan_agencies pa WHERE pa.plan_id = ${planAlias}.id AND pa.agency_id = ${agencyParam})`;
  }

  async authorize(user: AuthenticatedUser, plan: Plan, agencyIds: readonly string[], permission: PlanPermission, notFoundAs = 'Plan'): Promise<void> {
    if (!this.canSee(user, agencyIds)) {
      await this.refused(user, plan.id, permission, 'not a member');
      throw PlanException.notFound(notFoundAs);
    }
    if (permission === 'view') return;

    const member = this.isMember(user, agencyIds);
    const lead = member && user.roles.includes(Role.AGENCY_LEAD);
    const fromLeadAgency = user.agencyId === plan.leadAgencyId;
    const editor = member && hasAnyRole(user.roles, CONTENT_EDITOR_ROLES);
    const refusal = ((): string | null => {
      switch (permission) {
        case 'editContent':
          return editor ? null : 'Only planners and agency leads of participating agencies may change this plan.';
        case 'manageAgencies':
        case 'submit':
        case 'report':
          return editor && fromLeadAgency ? null : "Only the lead agency's planners and agency leads may do this.";
        case 'decide':
          return lead ? null : 'Only an agency lead of a participating agency may decide for that agency.';
        case 'lifecycle':
          return lead && fromLeadAgency ? null : "Only the lead agency's agency lead may do this.";
        case 'participate':
          return member ? null : 'Only members of participating agencies may do this.';
      }
    })();
    if (refusal) {
      await this.refused(user, plan.id, permission, 'role');
      throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, refusal);
    }
    if (CONTENT_PERMISSIONS.has(permission) && !canEditContent(plan.status)) {
      throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `The plan is ${plan.status}: its content can no longer change.`, {
        status: plan.status,
      });
    }
  }

  private async refused(user: AuthenticatedUser, planId: string, permission: PlanPermission, reason: string): Promise<void> {
    this.accessLog.record(planId, user.id, 'DENIED');
    await this.securityLog.record({ type: 'ACCESS_DENIED', userId: user.id, email: user.email, detail: { planId, permission, reason } });
  }
}
