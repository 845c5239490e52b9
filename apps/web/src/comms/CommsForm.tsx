import { commsChannelSchema } from '@jointops/domain';
import { CommsChannelFieldsFragmentDoc, type CommsChannelFieldsFragment } from '@jointops/web-data';
import { agencyOptions, FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor, type PlanPartFormProps } from '../shared/usePlanItemEditor';
import { useCommsMutations } from './useCommsMutations';

const FIELDS = [{ key: 'name', label: 'Name' }, { key: 'details', label: 'Details' }, { key: 'purpose', label: 'Purpose' }, { key: 'agencyId', label: 'Agency' }];

/** An agency of '' means the channel is for all agencies. */
const valuesOf = (c?: CommsChannelFieldsFragment) => ({ name: c?.name ?? '', details: c?.details ?? '', purpose: c?.purpose ?? '', agencyId: c?.agency?.id ?? '' });
const payload = (values: ReturnType<typeof valuesOf>) => ({ ...values, name: values.name.trim(), agencyId: values.agencyId || null });

const FORM = { noun: 'channel', idPrefix: 'comms', idSuffixes: { agencyId: 'agency' }, schema: commsChannelSchema, valuesOf, nameOf: (c: CommsChannelFieldsFragment) => c.name };

export type CommsFormProps = PlanPartFormProps<'channel', CommsChannelFieldsFragment>;

/** Adds a channel, or edits one. An empty agency means the channel is for all agencies. */
export function CommsForm({ plan, channel, onDone }: CommsFormProps) {
  const { addChannel, updateChannel } = useCommsMutations(plan.id);
  const agencyName = (id: unknown) => (id ? (plan.agencies.find((a) => a.id === id)?.shortName ?? String(id)) : 'All agencies');
  const shown = (v: Record<string, unknown>) => ({ ...v, agencyId: agencyName(v['agencyId'] ?? (v['agency'] as { id?: string } | null | undefined)?.id) });
  const conflict = { fields: FIELDS, mine: shown, theirs: shown, typename: 'CommsChannel', fragment: CommsChannelFieldsFragmentDoc };
  const editor = usePlanItemEditor({ ...FORM, entity: channel, onDone, conflict, add: (v) => addChannel(payload(v)), update: (id, version, v) => updateChannel(id, version, payload(v)) });
  return (
    <PlanItemForm {...editor}>
      <FormTextField name="name" label="Name" required hint="e.g. Tactical 1, Command net, Phone bridge" />
      <FormTextField name="details" label="Details" required hint="Talkgroup, frequency, number or room" />
      <FormTextField name="purpose" label="Purpose" />
      <FormSelectField name="agencyId" label="Agency" placeholder="All agencies" options={agencyOptions(plan.agencies)} />
    </PlanItemForm>
  );
}
