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
import '../shared/phone-cards.css';

export interface AgencyResourceTableProps {
  plan: WorkspacePlan;
  agency: WorkspacePlan['agencies'][number];
  resources: readonly ResourceFieldsFragment[];
  canEdit: boolean;
  onStatus: (message: string | null) => void;
  /** On a phone (PHONE_MEDIA_QUERY): one card per commitment instead of the table. */
  phone?: boolean;
}

/** What a row or a card offers: edit it in the form under the list, or remove it (with Undo). */
interface RowActions {
  agency: AgencyResourceTableProps['agency'];
  canEdit: boolean;
  onEdit: (resource: ResourceFieldsFragment) => void;
  /** Answers once the removal settled: the confirm question closes then (also after a refusal). */
  onRemove: (resource: ResourceFieldsFragment) => Promise<unknown>;
}

/**
 * One agency's commitments; rows are edited in a form under the table (totals per kind:
 * ResourcesSection). On a phone each commitment is a card, its fields named, Edit and Remove a
 * full finger's height: the table's four columns do not fit 390 px.
 */
export function AgencyResourceTable({ plan, agency, resources, canEdit, onStatus, phone = false }: AgencyResourceTableProps) {
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
  const actions: RowActions = { agency, canEdit, onEdit: (resource) => setEditingId(resource.id), onRemove: remove };

  return (
    <section id={`resources-agency-${agency.id}`} aria-labelledby={`resources-agency-${agency.id}-heading`} className="margin-bottom-3">
      <h3 id={`resources-agency-${agency.id}-heading`} tabIndex={-1}>
        {agency.name} ({agency.shortName})
      </h3>
      <ErrorAlert message={error} />
      {resources.length === 0 ? (
        <p className="text-base">No resources committed yet.</p>
      ) : phone ? (
        <ResourceCards resources={resources} {...actions} />
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
                    <ResourceActions resource={resource} {...actions} />
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

function ResourceActions({ resource, agency, onEdit, onRemove }: RowActions & { resource: ResourceFieldsFragment }) {
  return (
    <>
      <Button id={`resource-${resource.id}-edit`} type="button" unstyled className="margin-right-2" onClick={() => onEdit(resource)} aria-label={`Edit ${resource.kind} (${agency.shortName})`}>
        Edit
      </Button>
      <ConfirmAction label="Remove" subject={`${resource.kind} (${agency.shortName})`} onConfirm={() => onRemove(resource)} />
    </>
  );
}

/**
 * The same commitments on a phone: a card each, the kind as its heading and every other field
 * named (a list of terms, so a screen reader says "Quantity, 12"). Same ids as the table's rows, so
 * focus and Undo find a commitment in either layout.
 */
function ResourceCards({ resources, ...actions }: RowActions & { resources: readonly ResourceFieldsFragment[] }) {
  const { agency, canEdit } = actions;
  return (
    <ul className="usa-list usa-list--unstyled jo-phone-cards" aria-label={`Resources committed by ${agency.shortName}`} data-testid="resource-cards">
      {resources.map((resource) => (
        <li key={resource.id} id={`resource-${resource.id}`} className="jo-phone-card" data-testid="resource-card">
          <h4 className="jo-phone-card__title">
            {resource.kind}
            <EditingBadgeFor entityKey={`resource:${resource.id}`} />
          </h4>
          <dl className="jo-phone-card__fields">
            <dt>Quantity</dt>
            <dd>{resource.quantity}</dd>
            {resource.notes.trim() ? (
              <>
                <dt>Notes</dt>
                <dd className="text-pre-wrap">{resource.notes}</dd>
              </>
            ) : null}
          </dl>
          {canEdit ? (
            <div className="jo-resource-card__actions">
              <ResourceActions resource={resource} {...actions} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
