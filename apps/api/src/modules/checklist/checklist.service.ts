import { Injectable } from '@nestjs/common';
import { ChecklistStatus, checkRequiredText, checkText, collectViolations, LIMITS, Role } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { appendChecklistItems } from '../plans/checklist-seed';
import { PlanChangeService } from '../plans/plan-change.service';
import { deleteVersioned, updateVersioned } from '../plans/plan-items';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { PlansService } from '../plans/plans.service';
import { ChecklistItem } from './checklist-item.entity';
import type { ChecklistItemInput, ChecklistItemPatch } from './dto/checklist-item.input';

const WHAT = 'Checklist item';

@Injectable()
export class ChecklistService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly plans: PlansService,
  ) {}

  async applyTemplate(user: AuthenticatedUser, planId: string, templateId: string): Promise<ChecklistItem[]> {
    return this.changes.run(user, planId, 'editContent', async (change) => {
      const template = await this.plans.template(templateId, 'templateId');
      return appendChecklistItems(change, template.items, 'templateId');
    });
  }

  add(user: AuthenticatedUser, planId: string, input: ChecklistItemInput): Promise<ChecklistItem> {
    return this.changes.run(user, planId, 'editContent', async (change) => {
      ValidationException.throwIfAny(
        collectViolations(checkRequiredText('input.text', input.text?.trim(), LIMITS.textMax), checkText('input.citation', input.citation, LIMITS.textMax)),
      );
      const [item] = await appendChecklistItems(
        change,
        [{ category: input.category, text: input.text.trim(), required: input.required ?? true, citation: input.citation ?? '' }],
        'input',
      );
      return item;
    });
  }

  async update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ChecklistItemPatch): Promise<ChecklistItem> {
    const planId = await this.changes.planIdOf('checklist_items', id, WHAT);
    return this.changes.run(
      user,
      planId,
      'editContent',
      async (change) => {
        ValidationException.throwIfAny(
          collectViolations(
            patch.text != null ? checkRequiredText('patch.text', patch.text.trim(), LIMITS.textMax) : null,
            checkText('patch.citation', patch.citation, LIMITS.textMax),
          ),
        );
        const current = await change.manager.findOneByOrFail(ChecklistItem, { id });
        const changes: Partial<ChecklistItem> = {};
        if (patch.category != null) changes.category = patch.category;
        if (patch.text != null) changes.text = patch.text.trim();
        if (patch.citation != null) changes.citation = patch.citation;
        if (patch.required != null && patch.required !== current.required) {
          // Waiving a legal requirement is the agency lead's call, like marking it not applicable.
          if (!patch.required && !user.roles.includes(Role.AGENCY_LEAD)) {
            throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, 'Only an agency lead may make a required item optional.');
          }
          changes.required = patch.required;
          // An item that becomes required must be looked at again: "not applicable" was decided for an optional one.
          if (patch.required && current.status === ChecklistStatus.NOT_APPLICABLE) {
            Object.assign(changes, { status: ChecklistStatus.OPEN, reviewedById: null, reviewedAt: null });
          }
        }
        const item = await updateVersioned(change, ChecklistItem, id, expectedVersion, changes, WHAT);
        change.log({ type: 'CHECKLIST_ITEM_UPDATED', entityType: 'CHECKLIST_ITEM', entityId: id, data: item });
        return item;
      },
      WHAT,
    );
  }

  /**
   * SATISFIED needs evidence and NOT_APPLICABLE a justification; only an agency lead may set a
   * required item NOT_APPLICABLE. OPEN reopens the item and clears who reviewed it.
   */
  async resolve(user: AuthenticatedUser, id: string, expectedVersion: number, status: ChecklistStatus, note: string): Promise<ChecklistItem> {
    const planId = await this.changes.planIdOf('checklist_items', id, WHAT);
    return this.changes.run(
      user,
      planId,
      'editContent',
      async (change) => {
        const trimmed = (note ?? '').trim();
        if (status !== ChecklistStatus.OPEN) {
          ValidationException.throwIfAny(
            collectViolations(
              trimmed === ''
                ? { field: 'note', message: status === ChecklistStatus.SATISFIED ? 'Give the evidence that satisfies this item.' : 'Say why this item does not apply.' }
                : checkText('note', trimmed, LIMITS.textMax),
            ),
          );
        } else {
          ValidationException.throwIfAny(collectViolations(checkText('note', trimmed, LIMITS.textMax)));
        }
        const current = await change.manager.findOneByOrFail(ChecklistItem, { id });
        if (status === ChecklistStatus.NOT_APPLICABLE && current.required && !user.roles.includes(Role.AGENCY_LEAD)) {
          throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, 'Only an agency lead may mark a required item not applicable.');
        }
        const resolved = status !== ChecklistStatus.OPEN;
        const item = await updateVersioned(
          change,
          ChecklistItem,
          id,
          expectedVersion,
          { status, note: trimmed, reviewedById: resolved ? user.id : null, reviewedAt: resolved ? new Date() : null },
          WHAT,
        );
        change.log({ type: resolved ? 'CHECKLIST_ITEM_RESOLVED' : 'CHECKLIST_ITEM_REOPENED', entityType: 'CHECKLIST_ITEM', entityId: id, data: item });
        return item;
      },
      WHAT,
    );
  }

  async remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    const planId = await this.changes.planIdOf('checklist_items', id, WHAT);
    return this.changes.run(
      user,
      planId,
      'editContent',
      async (change) => {
        await deleteVersioned(change, ChecklistItem, id, expectedVersion, WHAT);
        change.log({ type: 'CHECKLIST_ITEM_REMOVED', entityType: 'CHECKLIST_ITEM', entityId: id, data: null });
        return id;
      },
      WHAT,
    );
  }
}
