import { Button } from '@trussworks/react-uswds';
import { ConfirmAction, DataTable, EmptyState, ErrorAlert, LiveStatus } from '@jointops/ui';
import { CommsSectionDocument, type CommsSectionQuery, type CommsChannelFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { useReportFocus } from '../live/useReportFocus';
import { useRemoveAction } from '../shared/useItemAction';
import { useWorkspace } from '../plans/workspace-context';
import { useSectionPlan, type SectionPlan } from '../plans/useSectionPlan';
import { CommsForm } from './CommsForm';
import { useCommsMutations } from './useCommsMutations';
import { AddPanel, SkipToAddForm } from '../shared/AddPanel';

/** `/plans/:id/comms`: the communications plan (ICS 205 style). */
export function CommsSection() {
  const { canEdit } = useWorkspace();
  const { plan, fallback } = useSectionPlan(CommsSectionDocument, 'the communications plan');
  return plan ? <Comms plan={plan} canEdit={canEdit} /> : fallback;
}

function Comms({ plan, canEdit }: { plan: SectionPlan<NonNullable<CommsSectionQuery['plan']>>; canEdit: boolean }) {
  const { removeChannel, addChannel } = useCommsMutations(plan.id);
  const [status, setStatus] = useState<string | null>(null);
  const { error, remove: removeWithUndo } = useRemoveAction();
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = plan.comms.find((c) => c.id === editingId);
  useReportFocus(editing ? `comms:${editing.id}` : null);

  const remove = (channel: CommsChannelFieldsFragment) =>
    removeWithUndo(
      {
        remove: () => removeChannel(channel.id, channel.version),
        message: `Removed channel "${channel.name}".`,
        undo: () => addChannel({ name: channel.name, details: channel.details, purpose: channel.purpose, agencyId: channel.agency?.id ?? null }),
        elementId: (id) => `comms-${id}`,
        fallbackFocusId: 'comms-heading',
        onRestored: () => setStatus(null),
      },
      () => setStatus(`Removed channel "${channel.name}".`),
    );

  return (
    <section aria-labelledby="comms-heading">
      <h2 id="comms-heading" tabIndex={-1}>Communications</h2>
      <SkipToAddForm target="comms-add" show={canEdit} />
      <LiveStatus message={status} />
      <ErrorAlert message={error} />
      {plan.comms.length === 0 ? (
        <EmptyState heading="No channels yet" headingLevel="h3">
          <p>List the radio talkgroups, phone bridges and rooms participants use to reach each other.</p>
        </EmptyState>
      ) : (
        <DataTable
          fullWidth
          bordered
          stackedStyle="headers"
          caption={<span className="usa-sr-only">Communications channels</span>}
          columns={['Name', 'Details', 'Purpose', 'Agency']}
          actionsColumn={canEdit}
        >
          {plan.comms.map((channel) => (
            <tr key={channel.id} id={`comms-${channel.id}`}>
              <th scope="row" data-label="Name">
                {channel.name}
                <EditingBadgeFor entityKey={`comms:${channel.id}`} />
              </th>
              <td data-label="Details" className="text-pre-wrap">{channel.details}</td>
              <td data-label="Purpose" className="text-pre-wrap">{channel.purpose}</td>
              <td data-label="Agency">{channel.agency ? channel.agency.shortName : 'All'}</td>
              {canEdit ? (
                <td>
                  <Button id={`comms-${channel.id}-edit`} type="button" unstyled className="margin-right-2" onClick={() => setEditingId(channel.id)} aria-label={`Edit channel ${channel.name}`}>
                    Edit
                  </Button>
                  <ConfirmAction label="Remove" subject={`channel ${channel.name}`} onConfirm={() => remove(channel)} />
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {editing && canEdit ? (
        <CommsForm
          key={editing.id}
          plan={plan}
          channel={editing}
          onDone={(message) => {
            setEditingId(null);
            setStatus(message ?? null);
          }}
        />
      ) : null}
      <AddPanel id="comms-add" heading="Add a channel" show={canEdit}>
        <CommsForm plan={plan} onDone={(message) => setStatus(message ?? null)} />
      </AddPanel>
    </section>
  );
}
