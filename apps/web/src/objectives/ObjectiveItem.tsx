import { Button, Tag } from '@trussworks/react-uswds';
import { ConfirmAction, ErrorAlert } from '@jointops/ui';
import type { ObjectiveFieldsFragment } from '@jointops/web-data';
import { useEffect, useState } from 'react';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { useReportFocus } from '../live/useReportFocus';
import { useRemoveAction } from '../shared/useItemAction';
import { ObjectiveForm } from './ObjectiveForm';
import { PRIORITY_CLASSES, PRIORITY_LABELS } from './priority';
import { useObjectiveMutations } from './useObjectiveMutations';

export interface ObjectiveItemProps {
  planId: string;
  objective: ObjectiveFieldsFragment;
  index: number;
  count: number;
  canEdit: boolean;
  /** The roles that name this objective: an undone removal links it into them again. */
  roleIds: string[];
  onStatus: (message: string | null) => void;
}

/** One objective: its text, and Edit / Move / Remove for those who may edit. */
export function ObjectiveItem({ planId, objective, index, count, canEdit, roleIds, onStatus }: ObjectiveItemProps) {
  const { updateObjective, removeObjective, restoreObjective } = useObjectiveMutations(planId);
  const [editing, setEditing] = useState(false);
  const { busy, error, run, remove } = useRemoveAction();
  const noCriteria = objective.successCriteria.trim() === '';
  useReportFocus(editing ? `objective:${objective.id}` : null);

  // After a move the objective sits elsewhere, and its button was disabled while it moved: focus goes
  // back to the same button at the new place (the other one when the list's end was reached).
  // The list shows the new order a moment after the move's answer: wait until it is at `to`.
  const [refocus, setRefocus] = useState<{ direction: 'up' | 'down'; to: number } | null>(null);
  useEffect(() => {
    if (!refocus || busy || index !== refocus.to) return;
    const atEnd = refocus.direction === 'up' ? index === 0 : index === count - 1;
    const direction = atEnd ? (refocus.direction === 'up' ? 'down' : 'up') : refocus.direction;
    document.getElementById(`objective-${objective.id}-${direction}`)?.focus();
    setRefocus(null);
  }, [refocus, busy, index, count, objective.id]);
  const move = (to: number, direction: 'up' | 'down') =>
    run(
      () => updateObjective(objective.id, objective.version, { position: to }),
      () => {
        onStatus(`Moved "${objective.title}" to position ${to + 1}.`);
        setRefocus({ direction, to });
      },
    );

  const removeWithUndo = () => {
    const { title, description, successCriteria, priority, position } = objective;
    return remove(
      {
        remove: () => removeObjective(objective.id, objective.version),
        message: `Removed objective "${title}".`,
        undo: () => restoreObjective({ title, description, successCriteria, priority, position, roleIds }),
        elementId: (id) => `objective-${id}`,
        fallbackFocusId: 'objectives-heading',
        onRestored: () => onStatus(null),
      },
      () => onStatus(`Removed "${title}".`),
    );
  };

  return (
    <li id={`objective-${objective.id}`} tabIndex={-1} className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2">
      <ErrorAlert message={error} />
      {editing ? (
        <ObjectiveForm
          planId={planId}
          objective={objective}
          onDone={(message) => {
            setEditing(false);
            onStatus(message ?? null);
          }}
        />
      ) : (
        <>
          <h3 className="margin-top-0 margin-bottom-1">
            <span className="usa-sr-only">{index + 1}. </span>
            {objective.title}{' '}
            <Tag className={PRIORITY_CLASSES[objective.priority]}>{PRIORITY_LABELS[objective.priority]}</Tag>
            <EditingBadgeFor entityKey={`objective:${objective.id}`} />
          </h3>
          {objective.description ? <p className="text-pre-wrap margin-y-1">{objective.description}</p> : null}
          <div className={noCriteria ? 'bg-secondary-lighter border-left-05 border-secondary padding-1' : ''} data-testid={noCriteria ? 'missing-criteria' : undefined}>
            <span className="text-bold">Success criteria: </span>
            {noCriteria ? <span>None yet. Add them: the plan cannot go to review without.</span> : <span className="text-pre-wrap">{objective.successCriteria}</span>}
          </div>
          {canEdit ? (
            <div className="margin-top-2 display-flex flex-wrap flex-align-center">
              <Button id={`objective-${objective.id}-edit`} type="button" unstyled className="margin-right-2" onClick={() => setEditing(true)} aria-label={`Edit ${objective.title}`}>
                Edit
              </Button>
              <Button id={`objective-${objective.id}-up`} type="button" unstyled className="margin-right-2" disabled={busy || index === 0} onClick={() => void move(index - 1, 'up')} aria-label={`Move up: ${objective.title}`}>
                Move up
              </Button>
              <Button
                id={`objective-${objective.id}-down`}
                type="button"
                unstyled
                className="margin-right-2"
                disabled={busy || index === count - 1}
                onClick={() => void move(index + 1, 'down')}
                aria-label={`Move down: ${objective.title}`}
              >
                Move down
              </Button>
              <ConfirmAction label="Remove" subject={objective.title} busy={busy} onConfirm={removeWithUndo} />
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
