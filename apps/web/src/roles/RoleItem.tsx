import { Button } from '@trussworks/react-uswds';
import { ConfirmAction, ErrorAlert } from '@jointops/ui';
import type { RoleFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { useReportFocus } from '../live/useReportFocus';
import { PlaceLink, type PlaceRef } from '../shared/place-ref';
import { useRemoveAction } from '../shared/useItemAction';
import type { RoleFormPlan } from './RoleFormFields';
import { RoleForm } from './RoleForm';
import { useRoleMutations } from './useRoleMutations';

export interface RoleItemProps {
  plan: RoleFormPlan;
  role: RoleFieldsFragment;
  /** The place the role names, from the plan's places (null: none). */
  place: PlaceRef | null;
  canEdit: boolean;
  onStatus: (message: string | null) => void;
}

/** One role assignment: title, assignee, place, responsibilities and linked objectives. */
export function RoleItem({ plan, role, place, canEdit, onStatus }: RoleItemProps) {
  const { removeRole, addRole } = useRoleMutations(plan.id);
  const [editing, setEditing] = useState(false);
  const { busy, error, remove: removeWithUndo } = useRemoveAction();
  useReportFocus(editing ? `role:${role.id}` : null);

  const remove = () =>
    removeWithUndo(
      {
        remove: () => removeRole(role.id, role.version),
        message: `Removed role "${role.title}".`,
        undo: () =>
          addRole({
            agencyId: role.agency.id,
            title: role.title,
            responsibilities: role.responsibilities,
            assigneeId: role.assignee?.id ?? null,
            objectiveIds: role.objectives.map((o) => o.id),
            placeId: role.place?.id ?? null,
          }),
        elementId: (id) => `role-${id}`,
        fallbackFocusId: `agency-${role.agency.id}`,
        onRestored: () => onStatus(null),
      },
      () => onStatus(`Removed role "${role.title}".`),
    );

  if (editing) {
    return (
      <li id={`role-${role.id}`} className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2">
        <RoleForm
          plan={plan}
          role={role}
          onDone={(message) => {
            setEditing(false);
            onStatus(message ?? null);
          }}
        />
      </li>
    );
  }
  return (
    <li id={`role-${role.id}`} className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2">
      <ErrorAlert message={error} />
      <h4 className="margin-y-0">
        {role.title}
        <EditingBadgeFor entityKey={`role:${role.id}`} />
      </h4>
      <p className="margin-y-1">{role.assignee ? `Assigned to ${role.assignee.displayName}` : <span className="text-base">Not assigned</span>}</p>
      {place ? (
        <p className="margin-y-1" data-testid="role-place">
          Place: <PlaceLink planId={plan.id} place={place} />
        </p>
      ) : null}
      {role.responsibilities ? <p className="text-pre-wrap margin-y-1">{role.responsibilities}</p> : null}
      {role.objectives.length > 0 ? <p className="margin-y-1 font-body-2xs">Serves: {role.objectives.map((o) => o.title).join('; ')}</p> : null}
      {canEdit ? (
        <div className="margin-top-1">
          <Button id={`role-${role.id}-edit`} type="button" unstyled className="margin-right-2" onClick={() => setEditing(true)} aria-label={`Edit role ${role.title}`}>
            Edit
          </Button>
          <ConfirmAction label="Remove" subject={`role ${role.title}`} busy={busy} onConfirm={remove} />
        </div>
      ) : null}
    </li>
  );
}
