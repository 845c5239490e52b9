import { Injectable } from '@nestjs/common';
import {
  can,
  CHANGE_REASON_KEY,
  changeReasonSchema,
  checklistItemPatchSchema,
  checklistItemSchema,
  checklistResolutionSchema,
  ChecklistStatus,
  isRequirementChange,
  isUuid,
  PLAN_COLLECTION_MAX,
  REQUIRED_ITEM_MESSAGES,
} from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { AppException, ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { appendChecklistItems } from '../plans/checklist-seed';
import { permissionPlan } from '../plans/plan-access.service';
import { PlanChangeService, type PlanChange } from '../plans/plan-change.service';
import { deleteVersioned, updateVersioned } from '../plans/plan-items';
import { PlanItemsService } from '../plans/plan-items.service';
import { PlanPartRepository } from '../plans/plan-part.repository';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { PlansService } from '../plans/plans.service';
import { ChecklistItem } from './checklist-item.entity';
import { CHECKLIST_ITEM as ITEM } from './checklist-item.part';
import type { ChecklistItemInput, ChecklistItemPatch, ChecklistItemRef } from './dto/checklist-item.input';

const checklistItems = PlanPartRepository.of(ChecklistItem);
const resolutionEvent = (status: ChecklistStatus) => (status === ChecklistStatus.OPEN ? 'CHECKLIST_ITEM_REOPENED' : 'CHECKLIST_ITEM_RESOLVED');

@Injectable()
export class ChecklistService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly items: PlanItemsService,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  async applyTemplate(user: AuthenticatedUser, planId: string, templateId: string): Promise<ChecklistItem[]> {
    return this.changes.run(user, planId, 'plan.editContent', async (change) => {
      const template = await this.plans.template(templateId, 'templateId');
      return appendChecklistItems(change, template.items, 'templateId');
    });
  }

  /**
   * Adds at the end, or at `input.position` in the plan's checklist order (the items from there on
   * move down); with `input.status` it comes resolved, under the rules of `resolve` (undo of a
   * removal re-adds the item as it was).
   */
  add(user: AuthenticatedUser, planId: string, input: ChecklistItemInput): Promise<ChecklistItem> {
    return this.changes.run(user, planId, 'plan.editContent', async (change) => {
      assertValid(checklistItemSchema, input, 'input');
      const status = input.status ?? ChecklistStatus.OPEN;
      const note = (input.note ?? '').trim();
      assertValid(checklistResolutionSchema(status), { note }, 'input');
      const required = input.required ?? true;
      const resolution = status === ChecklistStatus.OPEN ? {} : this.resolution(change, { required }, status, note);
      const position = input.position != null ? await this.placeAt(change, input.position) : undefined;
      const [item] = await appendChecklistItems(
        change,
        [{ category: input.category, text: input.text.trim(), required, citation: input.citation ?? '', ...(position !== undefined ? { position } : {}), ...resolution }],
        'input',
      );
      return item;
    });
  }

  /**
   * Changing a required item's text, category or citation is an agency lead's call and needs a
   * reason; the reason goes into the event beside the item, so planDiff shows it to the leads.
   */
  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ChecklistItemPatch, reason?: string | null): Promise<ChecklistItem> {
    return this.items.within(user, ITEM, id, async (change) => {
      assertValid(checklistItemPatchSchema, patch, 'patch');
      const current = await this.asExpected(change, id, expectedVersion);
      const changeReason = current && isRequirementChange(current, patch) ? this.leadReason(change, reason, REQUIRED_ITEM_MESSAGES.editForbidden) : null;
      const changes: Partial<ChecklistItem> = {};
      if (patch.category != null) changes.category = patch.category;
      if (patch.text != null) changes.text = patch.text.trim();
      if (patch.citation != null) changes.citation = patch.citation;
      if (current && patch.required != null && patch.required !== current.required) {
        // Waiving a legal requirement is the agency lead's call, like marking it not applicable.
        if (!patch.required && !can(user, 'checklist.alterRequired', permissionPlan(change.plan, change.agencyIds))) {
          throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, 'Only an agency lead may make a required item optional.');
        }
        changes.required = patch.required;
        // An item that becomes required must be looked at again: "not applicable" was decided for an optional one.
        if (patch.required && current.status === ChecklistStatus.NOT_APPLICABLE) {
          Object.assign(changes, { status: ChecklistStatus.OPEN, reviewedById: null, reviewedAt: null });
        }
      }
      const item = await updateVersioned(change, ChecklistItem, id, expectedVersion, changes, ITEM.what);
      change.log({ type: 'CHECKLIST_ITEM_UPDATED', entityType: ITEM.entityType, entityId: id, data: changeReason ? { ...item, [CHANGE_REASON_KEY]: changeReason } : item });
      return item;
    });
  }

  /**
   * SATISFIED needs evidence and NOT_APPLICABLE a justification; only an agency lead may set a
   * required item NOT_APPLICABLE. OPEN reopens the item and clears who reviewed it.
   */
  resolve(user: AuthenticatedUser, id: string, expectedVersion: number, status: ChecklistStatus, note: string): Promise<ChecklistItem> {
    const trimmed = (note ?? '').trim();
    return this.items.update(
      user,
      ITEM,
      id,
      expectedVersion,
      (change, current) => {
        assertValid(checklistResolutionSchema(status), { note: trimmed });
        return this.resolution(change, current, status, trimmed);
      },
      resolutionEvent(status),
    );
  }

  /**
   * Resolves several items with one status and note, in one change: each item is checked as
   * `resolve` checks it and gets its own event. All or nothing: the first refusal (NOT_FOUND,
   * CONFLICT, FORBIDDEN) names its item (`extensions.itemId`) and nothing is written.
   */
  resolveMany(user: AuthenticatedUser, planId: string, refs: readonly ChecklistItemRef[], status: ChecklistStatus, note: string): Promise<ChecklistItem[]> {
    const trimmed = (note ?? '').trim();
    return this.changes.run(user, planId, 'plan.editContent', async (change) => {
      if (refs.length === 0) throw ValidationException.of('items', 'Choose at least one item.');
      if (refs.length > PLAN_COLLECTION_MAX) throw ValidationException.of('items', `At most ${PLAN_COLLECTION_MAX} items.`);
      if (new Set(refs.map((ref) => ref.id)).size !== refs.length) throw ValidationException.of('items', 'An item is listed more than once.');
      assertValid(checklistResolutionSchema(status), { note: trimmed });
      const resolved: ChecklistItem[] = [];
      for (const [index, ref] of refs.entries()) resolved.push(await this.resolveOneOf(change, ref, index, status, trimmed));
      return resolved;
    });
  }

  private async resolveOneOf(change: PlanChange, ref: ChecklistItemRef, index: number, status: ChecklistStatus, note: string): Promise<ChecklistItem> {
    const current = isUuid(ref.id) ? await PlanPartRepository.of(ChecklistItem).findById(change.manager, ref.id) : null;
    try {
      if (!current || current.planId !== change.plan.id) throw PlanException.notFound(ITEM.what);
      const item = await updateVersioned(change, ChecklistItem, ref.id, ref.expectedVersion, this.resolution(change, current, status, note), ITEM.what);
      change.log({ type: resolutionEvent(status), entityType: ITEM.entityType, entityId: item.id, data: item });
      return item;
    } catch (error) {
      if (error instanceof AppException) {
        Object.assign(error.extensions, { itemId: ref.id, index });
        error.message = `${current && current.planId === change.plan.id ? `"${current.text}"` : `Item ${index + 1}`}: ${error.message}`;
      }
      throw error;
    }
  }

  /**
   * The columns a resolution sets. Only an agency lead may set a required item NOT_APPLICABLE;
   * OPEN clears who reviewed it. The note is checked by the caller.
   */
  private resolution(change: PlanChange, item: { required: boolean }, status: ChecklistStatus, note: string): Partial<ChecklistItem> {
    if (status === ChecklistStatus.NOT_APPLICABLE && item.required && !can(change.user, 'checklist.markNotApplicable', permissionPlan(change.plan, change.agencyIds))) {
      throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, 'Only an agency lead may mark a required item not applicable.');
    }
    const resolved = status !== ChecklistStatus.OPEN;
    return { status, note, reviewedById: resolved ? change.user.id : null, reviewedAt: resolved ? this.clock.now() : null };
  }

  /** The position for an item inserted at `index` of the plan's checklist order, made free; BAD_USER_INPUT beyond the end. */
  private async placeAt(change: PlanChange, index: number): Promise<number> {
    const items = await checklistItems.listIn(change.manager, change.plan.id, { position: 'ASC', id: 'ASC' });
    if (index < 0 || index > items.length) throw ValidationException.of('input.position', `Position must be between 0 and ${items.length}.`);
    const at = items[index];
    if (!at) return checklistItems.nextPosition(change.manager, change.plan.id);
    await checklistItems.makeRoomAt(change.manager, change.plan.id, at.position);
    return at.position;
  }

  /** Removing a required item is an agency lead's call and needs a reason, logged with the removal. */
  remove(user: AuthenticatedUser, id: string, expectedVersion: number, reason?: string | null): Promise<string> {
    return this.items.within(user, ITEM, id, async (change) => {
      const current = await this.asExpected(change, id, expectedVersion);
      const changeReason = current?.required ? this.leadReason(change, reason, REQUIRED_ITEM_MESSAGES.removeForbidden) : null;
      await deleteVersioned(change, ChecklistItem, id, expectedVersion, ITEM.what);
      change.log({ type: 'CHECKLIST_ITEM_REMOVED', entityType: ITEM.entityType, entityId: id, data: changeReason ? { [CHANGE_REASON_KEY]: changeReason } : null });
      return id;
    });
  }

  /**
   * The item as it stands, when it is this plan's and at the expected version; otherwise null, and
   * the versioned write that follows answers NOT_FOUND or CONFLICT as for any other part.
   */
  private async asExpected(change: PlanChange, id: string, expectedVersion: number): Promise<ChecklistItem | null> {
    const current = await PlanPartRepository.of(ChecklistItem).findById(change.manager, id);
    return current && current.planId === change.plan.id && current.version === expectedVersion ? current : null;
  }

  /** FORBIDDEN unless the caller may alter required items (an agency lead); then the trimmed reason, or BAD_USER_INPUT naming `reason`. */
  private leadReason(change: PlanChange, reason: string | null | undefined, forbidden: string): string {
    if (!can(change.user, 'checklist.alterRequired', permissionPlan(change.plan, change.agencyIds))) throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, forbidden);
    assertValid(changeReasonSchema, { reason });
    return (reason as string).trim();
  }
}
