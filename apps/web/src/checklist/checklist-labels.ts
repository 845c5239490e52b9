import { ChecklistCategory as DomainChecklistCategory } from '@jointops/domain';
import type { ChecklistCategory, ChecklistStatus } from '@jointops/web-data';

/** The words are libs/domain's, so the screen and the PDF export say the same. */
export { CHECKLIST_CATEGORY_LABELS as CATEGORY_LABELS, CHECKLIST_STATUS_LABELS as STATUS_LABELS } from '@jointops/domain';

/** The contract's enum order, from the one declaration in libs/domain. */
export const CATEGORIES: readonly ChecklistCategory[] = Object.values(DomainChecklistCategory);

/** USWDS utility background per status (text contrast stays AA on these). */
export const STATUS_TAG_BACKGROUND: Record<ChecklistStatus, string> = {
  OPEN: '#565c65',
  SATISFIED: '#216e1f',
  NOT_APPLICABLE: '#1a4480',
};

export interface CategoryGroup<T> {
  category: ChecklistCategory;
  items: T[];
}

/** Items grouped by category in the contract's order; empty categories are left out. */
export function groupByCategory<T extends { category: ChecklistCategory }>(items: readonly T[]): CategoryGroup<T>[] {
  return CATEGORIES.map((category) => ({ category, items: items.filter((item) => item.category === category) })).filter(
    (group) => group.items.length > 0,
  );
}

export function requiredProgress(items: ReadonlyArray<{ required: boolean; status: ChecklistStatus }>): { resolved: number; required: number } {
  const required = items.filter((item) => item.required);
  return { required: required.length, resolved: required.filter((item) => item.status !== 'OPEN').length };
}
