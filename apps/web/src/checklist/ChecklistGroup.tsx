import type { ChecklistItemFieldsFragment } from '@jointops/web-data';
import { ChecklistItemCard, type ChecklistItemCardProps } from './ChecklistItemCard';
import { CATEGORY_LABELS, requiredProgress, type CategoryGroup } from './checklist-labels';

export interface ChecklistGroupProps extends Omit<ChecklistItemCardProps, 'item'> {
  group: CategoryGroup<ChecklistItemFieldsFragment>;
}

/** One category of the checklist under its own heading. */
export function ChecklistGroup({ group, ...card }: ChecklistGroupProps) {
  const headingId = `checklist-group-${group.category}`;
  const progress = requiredProgress(group.items);
  return (
    <section aria-labelledby={headingId} className="margin-top-3">
      <h3 id={headingId} className="margin-bottom-0">
        {CATEGORY_LABELS[group.category]}
        <span className="font-body-xs text-normal text-base-dark margin-left-1">
          {progress.required > 0 ? `${progress.resolved} of ${progress.required} required resolved` : 'No required items'}
        </span>
      </h3>
      <ul className="usa-list usa-list--unstyled maxw-none">
        {group.items.map((item) => (
          <ChecklistItemCard key={item.id} item={item} {...card} />
        ))}
      </ul>
    </section>
  );
}
