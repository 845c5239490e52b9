import { useApolloClient } from '@apollo/client/react';
import { planFieldsSchema } from '@jointops/domain';
import { PlanOverviewFragmentDoc } from '@jointops/web-data';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { toLocalInput } from '../timeline/time';
import { formatDateTime, isoFromLocalInput } from './plan-format';
import { writeConflictCurrent } from './plan-cache';
import { usePlanMutations } from './usePlanMutations';
import type { WorkspacePlan } from './workspace-types';
import { useSnapshot } from './useSnapshot';

type DetailsValues = {
  title: string;
  summary: string;
  /** datetime-local values (local time). */
  startsAt: string;
  endsAt: string;
};

const IDS = { title: 'plan-title', summary: 'plan-summary', startsAt: 'plan-starts-at', endsAt: 'plan-ends-at' };
const FIELDS = [{ key: 'title', label: 'Title' }, { key: 'summary', label: 'Summary' }, { key: 'startsAt', label: 'Window start' }, { key: 'endsAt', label: 'Window end' }];

const patchOf = (values: DetailsValues) => ({ title: values.title.trim(), summary: values.summary, startsAt: isoFromLocalInput(values.startsAt), endsAt: isoFromLocalInput(values.endsAt) });
const display = (values: Record<string, unknown>) => ({ ...values, startsAt: formatDateTime(values['startsAt'] as string | null), endsAt: formatDateTime(values['endsAt'] as string | null) });

/** Edits title, summary and window with `updatePlan(expectedVersion)`; keeps the input on CONFLICT. */
export function PlanDetailsForm({ plan, onDone }: { plan: WorkspacePlan; onDone: (message?: string) => void }) {
  const opened = useSnapshot(plan);
  const client = useApolloClient();
  const { updatePlan } = usePlanMutations(plan.id);
  const form = useSchemaForm<DetailsValues>(planFieldsSchema, { title: plan.title, summary: plan.summary, startsAt: toLocalInput(plan.startsAt), endsAt: toLocalInput(plan.endsAt) });

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
      conflict={{
        fields: FIELDS,
        mine: (values) => display(patchOf(values)),
        theirs: display,
        keepTheirs: ({ current, currentVersion }) => writeConflictCurrent(client.cache, { typename: 'Plan', id: plan.id, fragment: PlanOverviewFragmentDoc, fragmentName: 'PlanOverview', current, currentVersion }),
      }}
      onKeptTheirs={() => onDone('Kept their version.')}
    >
      <FormTextField name="title" label="Title" required />
      <FormTextField name="summary" label="Summary" multiline />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <FormTextField name="startsAt" label="Window start" type="datetime-local" hint="Your local time" />
        </div>
        <div className="tablet:grid-col-6">
          <FormTextField name="endsAt" label="Window end" type="datetime-local" />
        </div>
      </div>
    </PlanItemForm>
  );
}
