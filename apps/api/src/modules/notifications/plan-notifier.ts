import { Injectable, OnModuleInit } from '@nestjs/common';
import { MEMBER_ROLES, NotificationKind, Role, supersededKinds } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import type { PlanChange } from '../plans/plan-change.types';
import { PlanChangeObservers } from '../plans/plan-change.observers';
import type { EventDraft } from '../plans/plan-log.writer';
import { NotificationWriter, type NotificationDraft } from './notification-writer';
import { NotificationsRepository } from './notifications.repository';

type Data = Record<string, any>;

/**
 * Who is told of a plan change, read off the events the change logs, inside its transaction
 * (PlanChangeObservers): a notification exists exactly when its change commits. The person who
 * made the change is not told of it.
 */
@Injectable()
export class PlanNotifier implements OnModuleInit {
  constructor(
    private readonly observers: PlanChangeObservers,
    private readonly writer: NotificationWriter,
    private readonly repository: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.observers.add({ beforeCommit: (change, drafts) => this.beforeCommit(change, drafts) });
  }

  private async beforeCommit(change: PlanChange, events: readonly EventDraft[]): Promise<void> {
    // What these events settle is no longer waiting on anyone (SUPERSEDED_BY_EVENT).
    const settled = supersededKinds(events.map((event) => event.type));
    if (settled.length > 0) await this.repository.markPlanKindsRead(change.manager, change.plan.id, settled, this.clock.now());
    const drafts: NotificationDraft[] = [];
    for (const event of events) drafts.push(...(await this.draftsFor(change, event, events)));
    if (drafts.length === 0) return;
    const others = drafts.map((draft) => ({ ...draft, userIds: draft.userIds.filter((id) => id !== change.user.id) }));
    for (const message of await this.writer.write(change.manager, others)) change.announce(message);
  }

  private async draftsFor(change: PlanChange, event: EventDraft, all: readonly EventDraft[]): Promise<NotificationDraft[]> {
    const { plan, manager, agencyIds } = change;
    const subject = { planId: plan.id, planTitle: plan.title };
    const data = (event.data ?? {}) as Data;
    switch (event.type) {
      case 'PLAN_SUBMITTED':
        return [{ kind: NotificationKind.REVIEW_REQUESTED, userIds: await this.repository.usersWithRoles(manager, agencyIds, [Role.AGENCY_LEAD]), subject }];
      case 'APPROVAL_STALE':
        return data.decidedById ? [{ kind: NotificationKind.SIGNOFF_STALE, userIds: [data.decidedById], subject }] : [];
      case 'PLAN_REJECTED': {
        const decision = all.find((other) => other.type === 'APPROVAL_DECIDED')?.data as Data | undefined;
        const agencyName = decision?.agencyId ? await this.repository.agencyShortName(manager, decision.agencyId) : null;
        return [{ kind: NotificationKind.PLAN_REJECTED, userIds: await this.planners(change), subject: { ...subject, comment: decision?.comment ?? null, agencyName } }];
      }
      case 'PLAN_APPROVED':
        return [{ kind: NotificationKind.PLAN_APPROVED, userIds: await this.planners(change), subject }];
      case 'PLAN_ACTIVATED':
        return [{ kind: NotificationKind.PLAN_ACTIVATED, userIds: await this.repository.usersWithRoles(manager, agencyIds, MEMBER_ROLES), subject }];
      case 'PLAN_COMPLETED':
        return [{ kind: NotificationKind.PLAN_COMPLETED, userIds: await this.repository.usersWithRoles(manager, agencyIds, MEMBER_ROLES), subject }];
      case 'CORRECTIVE_ACTION_UPDATED':
        // Handed to another agency: its leads are told as if it were new.
        if ((await this.repository.loggedOwnerOf(manager, plan.id, event.entityId)) === data.ownerAgencyId) return [];
        return [await this.actionAssigned(change, data)];
      case 'CORRECTIVE_ACTION_ADDED':
        return [await this.actionAssigned(change, data)];
      default:
        return [];
    }
  }

  private async actionAssigned(change: PlanChange, action: Data): Promise<NotificationDraft> {
    return {
      kind: NotificationKind.CORRECTIVE_ACTION_ASSIGNED,
      userIds: await this.repository.usersWithRoles(change.manager, [action.ownerAgencyId], [Role.AGENCY_LEAD]),
      subject: { planId: change.plan.id, planTitle: change.plan.title, actionTitle: action.title, dueDate: action.dueDate },
    };
  }

  /** "The plan's planners" (DESIGN §8: the lead agency's PLANNERs and the plan's creator) and the lead agency's agency leads. */
  private async planners(change: PlanChange): Promise<string[]> {
    const ids = await this.repository.usersWithRoles(change.manager, [change.plan.leadAgencyId], [Role.PLANNER, Role.AGENCY_LEAD]);
    return [...ids, change.plan.createdById];
  }
}
