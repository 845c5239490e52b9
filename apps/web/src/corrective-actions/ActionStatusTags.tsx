import { closedOnTime, formatTaskForceDay, isActionOverdue } from '@jointops/domain';
import type { ActionStatus } from '@jointops/web-data';
import { ACTION_STATUS_LABELS } from './corrective-action-model';

type TaggedAction = { dueDate: string; status: ActionStatus; closedAt?: string | null };

/** Status in words, then ActionTiming: "Overdue" (text, not only colour), or the day it was closed. */
export function ActionStatusTags({ action, now }: { action: TaggedAction; now?: number }) {
  return (
    <>
      <span className={`usa-tag ${action.status === 'DONE' ? 'bg-green' : 'bg-base-lighter text-ink'}`}>{ACTION_STATUS_LABELS[action.status]}</span>
      <ActionTiming action={action} now={now} />
    </>
  );
}

/**
 * Beside a status (shown or changeable): "Overdue" while its due day is over and it is not done;
 * once done, the day it was closed where the task force works, and whether that was after its due
 * day, which ends at midnight there (libs/domain corrective-actions.ts).
 */
export function ActionTiming({ action, now = Date.now() }: { action: TaggedAction; now?: number }) {
  if (isActionOverdue(action, now)) {
    return (
      <span className="usa-tag bg-secondary-dark margin-left-1" data-testid="overdue">
        Overdue
      </span>
    );
  }
  if (action.status !== 'DONE' || !action.closedAt) return null;
  return (
    <span className="margin-left-1 font-body-2xs text-base-dark" data-testid="action-closed">
      Closed <time dateTime={action.closedAt}>{formatTaskForceDay(action.closedAt)}</time>
      {closedOnTime(action) ? '' : ', after its due date'}
    </span>
  );
}
