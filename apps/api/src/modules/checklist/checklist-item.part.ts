import { CHECKLIST_PART } from '@jointops/domain';
import { registerPlanPart } from '../plans/plan-part.registry';
import { ChecklistItem } from './checklist-item.entity';

declare module '../plans/plan-content.service' {
  interface PlanContent {
    checklist: ChecklistItem[];
  }
}

export const CHECKLIST_ITEM = registerPlanPart({
  part: CHECKLIST_PART,
  entity: ChecklistItem,
  table: 'checklist_items',
  order: 'position, id',
  dates: ['reviewedAt'],
  signed: ({ id, category, text, required, citation, status, note }) => ({ id, category, text, required, citation, status, note }),
});
