import { commsChannelSchema } from '@jointops/domain';
import { CommsChannelFieldsFragmentDoc, type CommsChannelFieldsFragment } from '@jointops/web-data';
import type { WorkspacePlan } from '../plans/workspace-types';
import { agencyOptions, FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor } from '../shared/usePlanItemEditor';
import { useCommsMutations } from './useCommsMutations';

type ChannelValues = {
  name: string;
  details: string;
  purpose: string;
  /** '' for all agencies. */
  agencyId: string;
};

const FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'details', label: 'Details' },
  { key: 'purpose', label: 'Purpose' },
  { key: 'agencyId', label: 'Agency' },
];

const valuesOf = (channel?: CommsChannelFieldsFragment): ChannelValues => ({
  name: channel?.name ?? '',
  details: channel?.details ?? '',
  purpose: channel?.purpose ?? '',
  agencyId: channel?.agency?.id ?? '',
});
const payload = (values: ChannelValues) => ({ ...values, name: values.name.trim(), agencyId: values.agencyId || null });

export interface CommsFormProps {
  plan: WorkspacePlan;
  channel?: CommsChannelFieldsFragment;
  onDone: (message?: string) => void;
}

/** Adds a channel, or edits one. An empty agency means the channel is for all agencies. */
export function CommsForm({ plan, channel, onDone }: CommsFormProps) {
  const { addChannel, updateChannel } = useCommsMutations(plan.id);
  const agencyName = (id: unknown) => (id ? (plan.agencies.find((a) => a.id === id)?.shortName ?? String(id)) : 'All agencies');
  const shown = (v: Record<string, unknown>) => ({ ...v, agencyId: agencyName(v['agencyId'] ?? (v['agency'] as { id?: string } | null | undefined)?.id) });
  const editor = usePlanItemEditor({
    noun: 'channel',
    entity: channel,
    nameOf: (c) => c.name,
    idPrefix: 'comms',
    idSuffixes: { name: 'name', details: 'details', purpose: 'purpose', agencyId: 'agency' },
    schema: commsChannelSchema,
    valuesOf,
    add: (values) => addChannel(payload(values)),
    update: (id, version, values) => updateChannel(id, version, payload(values)),
    onDone,
    conflict: { fields: FIELDS, mine: shown, theirs: shown, typename: 'CommsChannel', fragment: CommsChannelFieldsFragmentDoc },
  });
  return (
    <PlanItemForm {...editor}>
      <FormTextField name="name" label="Name" required hint="e.g. Tactical 1, Command net, Phone bridge" />
      <FormTextField name="details" label="Details" required hint="Talkgroup, frequency, number or room" />
      <FormTextField name="purpose" label="Purpose" />
      <FormSelectField name="agencyId" label="Agency" placeholder="All agencies" options={agencyOptions(plan.agencies)} />
    </PlanItemForm>
  );
}
