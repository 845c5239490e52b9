import type { ChecklistCategory, ChecklistStatus } from '@jointops/domain';
import { ChecklistItem } from '../checklist/checklist-item.entity';
import { assertRoomFor, insertItem } from './plan-items';
import { PlanPartRepository } from './plan-part.repository';
import type { PlanChange } from './plan-change.service';

export interface ChecklistItemDraft {
  category: ChecklistCategory;
  text: string;
  required: boolean;
  citation: string;
  /** Only for an item re-added where it was (undo of a removal), with its resolution. */
  position?: number;
  status?: ChecklistStatus;
  note?: string;
  reviewedById?: string | null;
  reviewedAt?: Date | null;
}

/**
 * Appends checklist items after the plan's existing ones and logs each. Used by createPlan (with
 * a template) and by applyChecklistTemplate / addChecklistItem, so item creation has one rule set.
 */
export async function appendChecklistItems(change: PlanChange, drafts: ChecklistItemDraft[], field: string): Promise<ChecklistItem[]> {
  await assertRoomFor(change, ChecklistItem, drafts.length, field);
  const next = await PlanPartRepository.of(ChecklistItem).nextPosition(change.manager, change.plan.id);
  const items: ChecklistItem[] = [];
  for (const [index, draft] of drafts.entries()) {
    const item = await insertItem(change, ChecklistItem, { status: 'OPEN', note: '', ...draft, position: draft.position ?? next + index });
    change.log({ type: 'CHECKLIST_ITEM_ADDED', entityType: 'CHECKLIST_ITEM', entityId: item.id, data: item });
    items.push(item);
  }
  return items;
}
