import { Injectable } from '@nestjs/common';
import { can, canonicalTimeZone, checkText, collectViolations, createPlanSchema, DEFAULT_TIME_ZONE, isUuid, LIMITS, PLAN_ORDER_FIELDS, PLAN_STATUSES, planFieldsSchema, type PlanStatus } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ConflictException, ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { ChecklistTemplate } from '../checklist/checklist-template.entity';
import { appendChecklistItems } from './checklist-seed';
import type { CreatePlanInput } from './dto/create-plan.input';
import type { PlanConnection } from './dto/plan-connection.type';
import type { PlanPatch } from './dto/plan-patch.input';
import { Approval } from '../approvals/approval.entity';
import { PlanAccessService } from './plan-access.service';
import { PlanChangeService, type PlanChange } from './plan-change.service';
import { planParts } from './plan-part.registry';
import { Plan, planSnapshot } from './plan.entity';
import { NEWEST_FIRST, PlanRepository, type PlanListOrder, type Visibility } from './plan.repository';
import { PlanException, PlanExceptionCode } from './plan.exception';

export interface PlanListArgs {
  status?: PlanStatus[] | null;
  search?: string | null;
  first: number;
  after?: string | null;
  orderBy?: PlanListOrder | null;
  offset?: number | null;
}

export const PLANS_PAGE_MAX = 100;
/** How far a list may be paged by offset; beyond it, page with `after`. */
export const PLANS_OFFSET_MAX = 10_000;

@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly changes: PlanChangeService,
    private readonly access: PlanAccessService,
    private readonly clock: Clock,
  ) {}

  async create(user: AuthenticatedUser, input: CreatePlanInput): Promise<Plan> {
    if (!can(user, 'plan.create')) {
      throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, 'Only planners and agency leads may create plans.');
    }
    const title = input.title?.trim();
    const otherAgencyIds = [...new Set(input.agencyIds ?? [])].filter((id) => id !== user.agencyId);
    assertValid(createPlanSchema, input, 'input');
    await this.assertAgenciesExist(otherAgencyIds, 'input.agencyIds');
    const template = input.checklistTemplateId ? await this.template(input.checklistTemplateId, 'input.checklistTemplateId') : null;

    return this.changes.start(
      user,
      (manager) =>
        this.plans.create(
          manager,
          {
            title,
            summary: input.summary ?? '',
            status: 'DRAFT',
            version: 1,
            revision: 0,
            lastSeq: 0,
            lastHash: '0'.repeat(64),
            leadAgencyId: user.agencyId,
            startsAt: input.startsAt ?? null,
            endsAt: input.endsAt ?? null,
            // Validated above: stored in its canonical spelling (america/chicago → America/Chicago).
            timeZone: input.timeZone != null ? canonicalTimeZone(input.timeZone)! : DEFAULT_TIME_ZONE,
            operationType: input.operationType ?? null,
            createdById: user.id,
            createdAt: this.clock.now(),
            updatedAt: this.clock.now(),
          },
          [user.agencyId, ...otherAgencyIds],
        ),
      async (change) => {
        change.log({ type: 'PLAN_CREATED', entityType: 'PLAN', entityId: change.plan.id, data: planSnapshot(change.plan, change.agencyIds) });
        if (template) await appendChecklistItems(change, template.items, 'input.checklistTemplateId');
        return change.plan;
      },
    );
  }

  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: PlanPatch): Promise<Plan> {
    return this.changes.run(user, id, 'plan.editContent', async (change) => {
      const { plan } = change;
      if (plan.version !== expectedVersion) {
        throw new ConflictException(`The plan was changed by someone else; it is now at version ${plan.version}.`, plan.version, planSnapshot(plan, change.agencyIds));
      }
      const next = {
        title: patch.title != null ? patch.title.trim() : plan.title,
        summary: patch.summary ?? plan.summary,
        startsAt: patch.startsAt !== undefined ? patch.startsAt : plan.startsAt,
        endsAt: patch.endsAt !== undefined ? patch.endsAt : plan.endsAt,
        timeZone: patch.timeZone ?? plan.timeZone,
        operationType: patch.operationType ?? plan.operationType,
      };
      assertValid(planFieldsSchema, next, 'patch');
      const fields = { ...next, timeZone: canonicalTimeZone(next.timeZone)! };
      // Saving what is already there is no edit: no new version, no event, no voided sign-off.
      if (sameFields(plan, fields)) return plan;
      return this.savePlanFields(change, fields, { type: 'PLAN_UPDATED' });
    });
  }

  addAgency(user: AuthenticatedUser, planId: string, agencyId: string): Promise<Plan> {
    return this.changes.run(user, planId, 'plan.manageAgencies', async (change) => {
      await this.assertAgenciesExist([agencyId], 'agencyId');
      if (change.agencyIds.includes(agencyId)) throw ValidationException.of('agencyId', 'This agency already takes part in the plan.');
      await this.plans.addAgency(change.manager, planId, agencyId);
      change.agencyIds.push(agencyId);
      if (change.plan.status !== 'DRAFT') {
        // Under review, a new participant must sign too.
        const approval = await change.manager.save(change.manager.create(Approval, { planId, agencyId, status: 'PENDING', comment: '' }));
        change.log({ type: 'APPROVAL_REQUESTED', entityType: 'APPROVAL', entityId: approval.id, data: approval });
      }
      change.announce({ kind: 'plan-members', planId, agencyIds: [...change.agencyIds] });
      return this.savePlanFields(change, {}, { type: 'PLAN_AGENCY_ADDED', agencyId });
    });
  }

  /** Refused while the agency still holds anything in the plan: nothing is deleted behind anyone's back. */
  removeAgency(user: AuthenticatedUser, planId: string, agencyId: string): Promise<Plan> {
    return this.changes.run(user, planId, 'plan.manageAgencies', async (change) => {
      if (!change.agencyIds.includes(agencyId)) throw ValidationException.of('agencyId', 'This agency does not take part in the plan.');
      if (agencyId === change.plan.leadAgencyId) throw ValidationException.of('agencyId', 'The lead agency cannot be removed.');
      const holdings = await this.holdings(change, agencyId);
      if (holdings.length > 0) {
        throw ValidationException.of('agencyId', `The agency still holds ${holdings.join(', ')} in this plan. Reassign or remove them first.`);
      }
      await this.plans.removeAgency(change.manager, planId, agencyId);
      const approval = await change.manager.findOneBy(Approval, { planId, agencyId });
      if (approval) {
        await change.manager.delete(Approval, { id: approval.id });
        change.log({ type: 'APPROVAL_REMOVED', entityType: 'APPROVAL', entityId: approval.id, data: null });
      }
      change.agencyIds.splice(change.agencyIds.indexOf(agencyId), 1);
      change.announce({ kind: 'plan-members', planId, agencyIds: [...change.agencyIds] });
      return this.savePlanFields(change, {}, { type: 'PLAN_AGENCY_REMOVED', agencyId });
    });
  }

  /** Null when the plan does not exist or the caller may not see it. */
  async findVisible(user: AuthenticatedUser, id: string): Promise<Plan | null> {
    if (!isUuid(id)) return null;
    return this.plans.findVisible(id, this.visibilityFor(user));
  }

  /**
   * plan(id) and the reads that name a plan (its log, diff, access log, exports): like findVisible,
   * and the refusal of an existing plan goes to the access log. The read itself is recorded where
   * its content is resolved (PlanReadRecorder), or by the export that prints it.
   */
  async read(user: AuthenticatedUser, id: string): Promise<Plan | null> {
    const plan = await this.findVisible(user, id);
    if (!plan && isUuid(id) && (await this.plans.exists(id))) this.access.deniedRead(user, id);
    return plan;
  }

  async list(user: AuthenticatedUser, args: PlanListArgs): Promise<PlanConnection> {
    const search = args.search?.trim() ?? '';
    ValidationException.throwIfAny(
      collectViolations(
        checkText('search', search, LIMITS.titleMax),
        args.first < 1 || args.first > PLANS_PAGE_MAX ? { field: 'first', message: `first must be between 1 and ${PLANS_PAGE_MAX}.` } : null,
        args.status?.some((status) => !PLAN_STATUSES.includes(status)) ? { field: 'status', message: 'Unknown status.' } : null,
        args.after != null && !isUuid(args.after) ? { field: 'after', message: 'This cursor is not valid.' } : null,
        args.offset != null && (args.offset < 0 || args.offset > PLANS_OFFSET_MAX) ? { field: 'offset', message: `offset must be between 0 and ${PLANS_OFFSET_MAX}.` } : null,
        args.offset && args.after != null ? { field: 'offset', message: 'Page with either after or offset, not both.' } : null,
        args.orderBy && !PLAN_ORDER_FIELDS.includes(args.orderBy.field) ? { field: 'orderBy.field', message: 'Unknown sort field.' } : null,
        args.orderBy && !['ASC', 'DESC'].includes(args.orderBy.direction) ? { field: 'orderBy.direction', message: 'Unknown sort direction.' } : null,
      ),
    );
    const order = args.orderBy ?? NEWEST_FIRST;
    const visibility = this.visibilityFor(user);
    const query = this.plans.visible(visibility);
    if (args.status?.length) query.andWhere('p.status IN (:...status)', { status: args.status });
    if (search) this.plans.matching(query, search);
    const totalCount = await query.getCount();
    // The cursor plan must be one the caller may see: a hidden plan's id answers like an unknown one.
    if (args.after) this.plans.before(query, args.after, visibility, order);
    if (args.offset) query.skip(args.offset);
    const rows = await this.plans.ordered(query, order).take(args.first + 1).getMany();
    const page = rows.slice(0, args.first);
    return {
      edges: page.map((node) => ({ cursor: node.id, node })),
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.at(-1)?.id ?? null },
      totalCount,
    };
  }

  checklistTemplates(): Promise<ChecklistTemplate[]> {
    return this.plans.checklistTemplates();
  }

  async template(id: string, field: string): Promise<ChecklistTemplate> {
    const template = isUuid(id) ? await this.plans.checklistTemplate(id) : null;
    if (!template) throw ValidationException.of(field, 'No checklist template has this id.');
    return template;
  }

  private async savePlanFields(change: PlanChange, fields: Partial<Pick<Plan, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'timeZone' | 'operationType'>>, event: { type: string; agencyId?: string }): Promise<Plan> {
    const { plan, manager } = change;
    await this.plans.bumpVersion(manager, plan, fields);
    change.log({ type: event.type, entityType: 'PLAN', entityId: plan.id, data: { ...planSnapshot(plan, change.agencyIds), ...(event.agencyId ? { agencyId: event.agencyId } : {}) } });
    return plan;
  }

  private async assertAgenciesExist(ids: string[], field: string): Promise<void> {
    if (ids.length === 0) return;
    if (!ids.every(isUuid)) throw ValidationException.of(field, 'No agency has this id.');
    if ((await this.plans.countAgencies(ids)) !== ids.length) throw ValidationException.of(field, 'No agency has this id.');
  }

  /** What the agency still holds in the plan, in words: `2 roles, 1 channel`. */
  private async holdings(change: PlanChange, agencyId: string): Promise<string[]> {
    const parts = planParts().filter((registration) => registration.heldByAgency);
    const counts = await this.plans.holdings(change.manager, change.plan.id, agencyId, parts.map((registration) => registration.entity));
    return parts.flatMap(({ part }, index) => {
      const count = counts[index]!;
      return count > 0 ? [`${count} ${part.noun.toLowerCase()}${count === 1 ? '' : 's'}`] : [];
    });
  }

  /** The plans `user` may see, as SQL for the repository. */
  private visibilityFor(user: AuthenticatedUser): Visibility {
    return { condition: (alias) => this.access.visibleCondition(user, alias, ':agencyId'), params: { agencyId: user.agencyId } };
  }
}

/** Whether every field holds what the plan holds (dates by instant). */
function sameFields(plan: Plan, fields: Partial<Plan>): boolean {
  return Object.entries(fields).every(([key, value]) => {
    const current = plan[key as keyof Plan];
    return value instanceof Date || current instanceof Date ? toTime(value) === toTime(current) : value === current;
  });
}

function toTime(value: unknown): number | null {
  return value == null ? null : new Date(value as Date | string).getTime();
}
