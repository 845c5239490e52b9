import { Button, Table } from '@trussworks/react-uswds';
import { ConfirmAction, ErrorAlert } from '@jointops/ui';
import type { ResourceFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { useReportFocus } from '../live/useReportFocus';
import { useRemoveAction } from '../shared/useItemAction';
import type { WorkspacePlan } from '../plans/workspace-types';
import { ResourceForm } from './ResourceForm';
import { useResourceMutations } from './useResourceMutations';

export interface AgencyResourceTableProps {
  plan: WorkspacePlan;
  agency: WorkspacePlan['agencies'][number];
  resources: readonly ResourceFieldsFragment[];
  canEdit: boolean;
  onStatus: (message: string | null) => void;
}

/** One agency's commitments; rows are edited in a form under the table (totals per kind: ResourcesSection). */
export function AgencyResourceTable({ plan, agency, resources, canEdit, onStatus }: AgencyResourceTableProps) {
  const { removeResource, addResource } = useResourceMutations(plan.id);
  const [editingId, setEditingId] = useState<string | null>(null);
  const { error, remove: removeWithUndo } = useRemoveAction();
  const editing = resources.find((r) => r.id === editingId);
  useReportFocus(editing ? `resource:${editing.id}` : null);

  const remove = (resource: ResourceFieldsFragment) =>
    removeWithUndo(
      {
        remove: () => removeResource(resource.id, resource.version),
        message: `Removed ${resource.kind} (${agency.shortName}).`,
        undo: () => addResource({ agencyId: agency.id, kind: resource.kind, quantity: resource.quantity, notes: resource.notes }),
        elementId: (id) => `resource-${id}`,
        fallbackFocusId: `resources-agency-${agency.id}-heading`,
        onRestored: () => onStatus(null),
      },
      () => onStatus(`Removed ${resource.kind} (${agency.shortName}).`),
    );

  return (
    <section id={`resources-agency-${agency.id}`} aria-labelledby={`resources-agency-${agency.id}-heading`} className="margin-bottom-3">
      <h3 id={`resources-agency-${agency.id}-heading`} tabIndex={-1}>
        {agency.name} ({agency.shortName})
      </h3>
      <ErrorAlert message={error} />
      {resources.length === 0 ? (
        <p className="text-base">No resources committed yet.</p>
      ) : (
        <Table fullWidth compact bordered caption={<span className="usa-sr-only">Resources committed by {agency.shortName}</span>}>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col" className="text-right">Quantity</th>
              <th scope="col">Notes</th>
              {canEdit ? <th scope="col"><span className="usa-sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {resources.map((resource) => (
              <tr key={resource.id} id={`resource-${resource.id}`}>
                <th scope="row">
                  {resource.kind}
                  <EditingBadgeFor entityKey={`resource:${resource.id}`} />
                </th>
                <td className="text-right">{resource.quantity}</td>
                <td className="text-pre-wrap">{resource.notes}</td>
                {canEdit ? (
                  <td>
                    <Button type="button" unstyled className="margin-right-2" onClick={() => setEditingId(resource.id)} aria-label={`Edit ${resource.kind} (${agency.shortName})`}>
                      Edit
                    </Button>
                    <ConfirmAction label="Remove" subject={`${resource.kind} (${agency.shortName})`} onConfirm={() => remove(resource)} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {editing && canEdit ? (
        <ResourceForm
          key={editing.id}
          plan={plan}
          resource={editing}
          onDone={(message) => {
            setEditingId(null);
            onStatus(message ?? null);
          }}
        />
      ) : null}
    </section>
  );
}
