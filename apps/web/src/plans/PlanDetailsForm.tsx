import { useApolloClient } from '@apollo/client/react';
import { enumLabel, OPERATION_TYPE_LABELS, type OperationType, planFieldsSchema, timeZoneLabel } from '@jointops/domain';
import { PlanOverviewFragmentDoc } from '@jointops/web-data';
import { FormTextField } from '../shared/form-fields';
import { keptTheirsMessage, NOTHING_CHANGED_MESSAGE, PlanItemForm } from '../shared/PlanItemForm';
import { OperationTypeField } from '../shared/OperationTypeField';
import { TimeZoneField } from '../shared/TimeZoneField';
import { useSchemaForm } from '../shared/useSchemaForm';
import { fromLocalInput, toLocalInput } from '../timeline/time';
import { formatDateTime, isoFromLocalInput } from './plan-format';
import { writeConflictCurrent } from './plan-cache';
import { usePlanMutations } from './usePlanMutations';
import type { WorkspacePlan } from './workspace-types';
import { useSnapshot } from './useSnapshot';

type DetailsValues = {
  title: string;
  summary: string;
  /** datetime-local values, on the clocks of `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** '' until chosen. */
  operationType: string;
};

const IDS = { title: 'plan-title', summary: 'plan-summary', startsAt: 'plan-starts-at', endsAt: 'plan-ends-at', timeZone: 'plan-time-zone', operationType: 'plan-operation-type' };
const FIELDS = [{ key: 'title', label: 'Title' }, { key: 'summary', label: 'Summary' }, { key: 'startsAt', label: 'Window start' }, { key: 'endsAt', label: 'Window end' }, { key: 'timeZone', label: 'Time zone' }, { key: 'operationType', label: 'Operation type' }];

// The window is read on the clocks of the zone chosen in the same form.
const patchOf = (values: DetailsValues) => ({
  title: values.title.trim(),
  summary: values.summary,
  startsAt: isoFromLocalInput(values.startsAt, values.timeZone),
  endsAt: isoFromLocalInput(values.endsAt, values.timeZone),
  timeZone: values.timeZone,
  operationType: (values.operationType || null) as OperationType | null,
});
const display = (values: Record<string, unknown>) => {
  const zone = values['timeZone'] as string;
  return { ...values, startsAt: formatDateTime(values['startsAt'] as string | null, zone), endsAt: formatDateTime(values['endsAt'] as string | null, zone), timeZone: timeZoneLabel(zone), operationType: enumLabel(OPERATION_TYPE_LABELS, values['operationType'] as string | null) || 'Not chosen' };
};

/** Edits title, summary and window with `updatePlan(expectedVersion)`; keeps the input on CONFLICT. */
export function PlanDetailsForm({ plan, onDone }: { plan: WorkspacePlan; onDone: (message?: string) => void }) {
  const opened = useSnapshot(plan);
  const client = useApolloClient();
  const { updatePlan } = usePlanMutations(plan.id);
  const form = useSchemaForm<DetailsValues>(planFieldsSchema, {
    title: plan.title,
    summary: plan.summary,
    startsAt: toLocalInput(plan.startsAt, plan.timeZone),
    endsAt: toLocalInput(plan.endsAt, plan.timeZone),
    timeZone: plan.timeZone,
    operationType: plan.operationType ?? '',
  });
  const zone = form.watch('timeZone') || plan.timeZone;

  return (
    <PlanItemForm
      form={form}
      ids={IDS}
      label="Plan details"
      submitLabel="Save details"
      onSave={async (values, expectedVersion) => {
        await updatePlan(expectedVersion ?? (opened ?? plan).version, patchOf(values));
        onDone('Plan details saved.');
      }}
      onCancel={() => onDone()}
      onUnchanged={() => onDone(NOTHING_CHANGED_MESSAGE)}
      autoFocus="title"
      conflict={{
        fields: FIELDS,
        mine: (values) => display(patchOf(values)),
        theirs: display,
        keepTheirs: ({ current, currentVersion }) => writeConflictCurrent(client.cache, { typename: 'Plan', id: plan.id, fragment: PlanOverviewFragmentDoc, fragmentName: 'PlanOverview', current, currentVersion }),
      }}
      onKeptTheirs={(same) => onDone(keptTheirsMessage(same))}
    >
      <FormTextField name="title" label="Title" required />
      <FormTextField name="summary" label="Summary" multiline />
      <OperationTypeField name="operationType" />
      <TimeZoneField
        name="timeZone"
        hint="Every time of the plan is shown, entered and printed in this zone. Changing it keeps every time at the same moment, shown in the new zone."
        onZoneChange={(previous, next) => {
          // The window stays the same moment: its fields are shown again on the new zone's clocks.
          for (const key of ['startsAt', 'endsAt'] as const) {
            const instant = fromLocalInput(form.getValues(key), previous);
            if (instant) form.setValue(key, toLocalInput(instant, next), { shouldDirty: true });
          }
        }}
      />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <FormTextField name="startsAt" label="Window start" type="datetime-local" hint={`${zone} time`} />
        </div>
        <div className="tablet:grid-col-6">
          <FormTextField name="endsAt" label="Window end" type="datetime-local" hint={`${zone} time`} />
        </div>
      </div>
    </PlanItemForm>
  );
}
