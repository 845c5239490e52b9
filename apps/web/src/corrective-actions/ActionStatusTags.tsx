import type { ActionStatus } from '@jointops/web-data';
import { ACTION_STATUS_LABELS, isOverdue } from './corrective-action-model';

/** Status in words, plus an "Overdue" tag (text, not only colour) when past due and not done. */
export function ActionStatusTags({ action, now }: { action: { dueDate: string; status: ActionStatus }; now?: number }) {
  return (
    <>
      <span className={`usa-tag ${action.status === 'DONE' ? 'bg-green' : 'bg-base-lighter text-ink'}`}>{ACTION_STATUS_LABELS[action.status]}</span>
      {isOverdue(action, now) ? (
        <span className="usa-tag bg-secondary-dark margin-left-1" data-testid="overdue">
          Overdue
        </span>
      ) : null}
    </>
  );
}
