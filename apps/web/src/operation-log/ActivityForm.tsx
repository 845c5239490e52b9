import { activityEntrySchema } from '@jointops/domain';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { usePlanTime, zoneClockNow } from '../shared/plan-time';
import { fromLocalInput, toLocalInput } from '../timeline/time';
import type { ActivityValues } from './activity-validation';

const IDS = { text: 'activity-text', at: 'activity-at' };
const fresh = (zone: string): ActivityValues => ({ text: '', at: toLocalInput(new Date().toISOString(), zone) });

export interface ActivityFormProps {
  /** Sends the entry; `at` null means "now" on the server. */
  onLog: (text: string, at: string | null) => Promise<void>;
  zoneLabel: string;
}

/** "Add entry": what happened, and when (defaults to now; never in the future). */
export function ActivityForm({ onLog, zoneLabel }: ActivityFormProps) {
  const { zone } = usePlanTime();
  // "Now" is when the user presses Add, on the plan zone's clocks like the form's time.
  const form = useSchemaForm<ActivityValues>(() => activityEntrySchema(zoneClockNow(zone)), fresh(zone));
  const busy = form.formState.isSubmitting;
  const log = async (values: ActivityValues) => {
    await onLog(values.text.trim(), values.at.trim() ? fromLocalInput(values.at, zone) : null);
    form.reset(fresh(zone));
  };
  return (
    <>
      <h3 className="margin-bottom-1">Add entry</h3>
      <PlanItemForm form={form} ids={IDS} label="Add an activity log entry" large headingLevel="h4" submitLabel="Add entry" busyLabel="Adding…" onSave={log}>
        <FormTextField name="text" label="What happened" multiline required disabled={busy} />
        <FormTextField name="at" label="When" type="datetime-local" hint={`The plan's time zone, ${zoneLabel}. Defaults to now; it cannot be in the future.`} />
      </PlanItemForm>
    </>
  );
}
