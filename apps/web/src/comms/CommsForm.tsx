import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Form, FormGroup, Label } from '@trussworks/react-uswds';
import { checkRequiredText, checkText, checkTitle, collectViolations, LIMITS } from '@jointops/domain';
import { ConflictNotice, ErrorSummary, TextField } from '@jointops/ui';
import { CommsChannelFieldsFragmentDoc, type CommsChannelFieldsFragment } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { writeConflictCurrent } from '../plans/plan-cache';
import { useEntityForm } from '../plans/useEntityForm';
import type { WorkspacePlan } from '../plans/workspace-types';
import { useCommsMutations } from './useCommsMutations';
import { useSnapshot } from '../plans/useSnapshot';

const FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'details', label: 'Details' },
  { key: 'purpose', label: 'Purpose' },
  { key: 'agencyId', label: 'Agency' },
];

export interface CommsFormProps {
  plan: WorkspacePlan;
  channel?: CommsChannelFieldsFragment;
  onDone: (message?: string) => void;
}

/** Adds a channel, or edits one. An empty agency means the channel is for all agencies. */
export function CommsForm({ plan, channel, onDone }: CommsFormProps) {
  const opened = useSnapshot(channel);
  const client = useApolloClient();
  const prefix = channel ? `comms-${channel.id}-edit` : 'comms-new';
  const [ids] = useState(() => ({ name: `${prefix}-name`, details: `${prefix}-details`, purpose: `${prefix}-purpose`, agencyId: `${prefix}-agency` }));
  const form = useEntityForm(ids);
  const { addChannel, updateChannel } = useCommsMutations(plan.id);
  const empty = { name: '', details: '', purpose: '', agencyId: '' };
  const [values, setValues] = useState(channel ? { name: channel.name, details: channel.details, purpose: channel.purpose, agencyId: channel.agency?.id ?? '' } : empty);
  const set = (key: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearError(key);
  };

  const payload = () => ({ ...values, name: values.name.trim(), agencyId: values.agencyId || null });
  const save = async (expectedVersion?: number) => {
    const ok = await form.run(() => (channel ? updateChannel(channel.id, expectedVersion ?? (opened ?? channel).version, payload()) : addChannel(payload())));
    if (!ok) return;
    if (!channel) setValues(empty);
    onDone(channel ? 'Channel saved.' : 'Channel added.');
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.saving) return;
    const path = channel ? 'patch' : 'input';
    const violations = collectViolations(
      checkTitle(`${path}.name`, values.name),
      checkRequiredText(`${path}.details`, values.details, LIMITS.textMax),
      checkText(`${path}.purpose`, values.purpose, LIMITS.textMax),
    );
    if (form.check(violations)) void save();
  };
  const conflict = form.conflict;
  const agencyName = (id: unknown) => (id ? (plan.agencies.find((a) => a.id === id)?.shortName ?? String(id)) : 'All agencies');
  const shown = (v: Record<string, unknown>) => ({ ...v, agencyId: agencyName(v['agencyId'] ?? (v['agency'] as { id?: string } | null | undefined)?.id) });

  return (
    <Form onSubmit={onSubmit} noValidate aria-label={channel ? `Edit channel ${channel.name}` : 'Add a channel'} className="maxw-full">
      <ErrorSummary errors={form.summary} headingLevel="h3" />
      {form.formError ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">{form.formError}</p>
        </Alert>
      ) : null}
      {conflict && channel ? (
        <ConflictNotice
          fields={FIELDS}
          mine={shown(values)}
          theirs={shown(conflict.current)}
          busy={form.saving}
          onKeepTheirs={() => {
            writeConflictCurrent(client.cache, { typename: 'CommsChannel', id: channel.id, fragment: CommsChannelFieldsFragmentDoc, current: conflict.current, currentVersion: conflict.currentVersion });
            form.dismissConflict();
            onDone('Kept their version.');
          }}
          onApplyMine={() => void save(conflict.currentVersion)}
        />
      ) : null}
      <TextField id={ids.name} label="Name" required value={values.name} onChange={set('name')} error={form.errors.name} hint="e.g. Tactical 1, Command net, Phone bridge" />
      <TextField id={ids.details} label="Details" required value={values.details} onChange={set('details')} error={form.errors.details} hint="Talkgroup, frequency, number or room" />
      <TextField id={ids.purpose} label="Purpose" value={values.purpose} onChange={set('purpose')} error={form.errors.purpose} />
      <FormGroup>
        <Label htmlFor={ids.agencyId}>Agency</Label>
        <select id={ids.agencyId} className="usa-select" value={values.agencyId} onChange={(e) => set('agencyId')(e.target.value)}>
          <option value="">All agencies</option>
          {plan.agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name} ({agency.shortName})
            </option>
          ))}
        </select>
      </FormGroup>
      <div className="margin-top-3">
        <Button type="submit" disabled={form.saving}>
          {form.saving ? 'Saving…' : channel ? 'Save channel' : 'Add channel'}
        </Button>
        {channel ? (
          <Button type="button" unstyled onClick={() => onDone()} disabled={form.saving}>
            Cancel
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
