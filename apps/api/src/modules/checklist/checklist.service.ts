import { Injectable } from '@nestjs/common';
import { ChecklistStatus, checkRequiredText, checkText, collectViolations, LIMITS, Role } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { appendChecklistItems } from '../plans/checklist-seed';
import { PlanChangeService } from '../plans/plan-change.service';
import { PlanItemsService, type PlanItemKind } from '../plans/plan-items.service';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { PlansService } from '../plans/plans.service';
import { ChecklistItem } from './checklist-item.entity';
import type { ChecklistItemInput, ChecklistItemPatch } from './dto/checklist-item.input';

const ITEM: PlanItemKind<ChecklistItem> = { entity: ChecklistItem, table: 'checklist_items', entityType: 'CHECKLIST_ITEM', what: 'Checklist item' };

@Injectable()
export class ChecklistService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly items: PlanItemsService,
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

  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ChecklistItemPatch): Promise<ChecklistItem> {
    return this.items.update(user, ITEM, id, expectedVersion, (_change, current) => {
      ValidationException.throwIfAny(
        collectViolations(
          patch.text != null ? checkRequiredText('patch.text', patch.text.trim(), LIMITS.textMax) : null,
          checkText('patch.citation', patch.citation, LIMITS.textMax),
        ),
      );
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
      return changes;
    });
  }

  /**
   * SATISFIED needs evidence and NOT_APPLICABLE a justification; only an agency lead may set a
   * required item NOT_APPLICABLE. OPEN reopens the item and clears who reviewed it.
   */
  resolve(user: AuthenticatedUser, id: string, expectedVersion: number, status: ChecklistStatus, note: string): Promise<ChecklistItem> {
    const resolved = status !== ChecklistStatus.OPEN;
    const trimmed = (note ?? '').trim();
    return this.items.update(
      user,
      ITEM,
      id,
      expectedVersion,
      (_change, current) => {
        ValidationException.throwIfAny(
          collectViolations(
            resolved && trimmed === ''
              ? { field: 'note', message: status === ChecklistStatus.SATISFIED ? 'Give the evidence that satisfies this item.' : 'Say why this item does not apply.' }
              : checkText('note', trimmed, LIMITS.textMax),
          ),
        );
        if (status === ChecklistStatus.NOT_APPLICABLE && current.required && !user.roles.includes(Role.AGENCY_LEAD)) {
          throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, 'Only an agency lead may mark a required item not applicable.');
        }
        return { status, note: trimmed, reviewedById: resolved ? user.id : null, reviewedAt: resolved ? new Date() : null };
      },
      resolved ? 'CHECKLIST_ITEM_RESOLVED' : 'CHECKLIST_ITEM_REOPENED',
    );
  }

  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.remove(user, ITEM, id, expectedVersion);
  }
}
