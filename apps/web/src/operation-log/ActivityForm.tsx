import { activityEntrySchema } from '@jointops/domain';
import { useCallback, useEffect, useRef } from 'react';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { usePlanTime, zoneClockNow } from '../shared/plan-time';
import { fromLocalInput, toLocalInput } from '../timeline/time';
import type { ActivityValues } from './activity-validation';

const IDS = { text: 'activity-text', at: 'activity-at' };
const nowInput = (zone: string) => toLocalInput(new Date().toISOString(), zone);
/** How often the untouched "When" catches up with the clock. */
export const WHEN_REFRESH_MS = 10_000;

export interface ActivityFormProps {
  /** Sends the entry; `at` null means "now": the moment it is added. */
  onLog: (text: string, at: string | null) => Promise<void>;
  zoneLabel: string;
}

/**
 * "Add entry": what happened, and when. "When" shows the current time and keeps up with the clock
 * until the user changes it; an entry whose "When" the user left is logged at the moment it is
 * added (a page kept open all shift logs no stale time), one whose "When" they set keeps it.
 */
export function ActivityForm({ onLog, zoneLabel }: ActivityFormProps) {
  const { zone } = usePlanTime();
  // "Now" is when the user presses Add, on the plan zone's clocks like the form's time.
  const form = useSchemaForm<ActivityValues>(() => activityEntrySchema(zoneClockNow(zone)), { text: '', at: nowInput(zone) });
  const busy = form.formState.isSubmitting;
  // The "When" the form last put in: while the field still holds it, the user has not set a time.
  const shownNow = useRef(form.getValues('at'));
  const latest = useRef({ form, zone });
  latest.current = { form, zone };
  const untouched = useCallback(() => latest.current.form.getValues('at') === shownNow.current, []);
  /** Puts the time now in "When" as its untouched value (with `text`, the whole form starts again). */
  const showNow = useCallback((text?: string) => {
    const { form: current, zone: planZone } = latest.current;
    shownNow.current = nowInput(planZone);
    if (text === undefined) current.resetField('at', { defaultValue: shownNow.current });
    else current.reset({ text, at: shownNow.current });
  }, []);
  useEffect(() => {
    const timer = setInterval(() => {
      if (untouched()) showNow();
    }, WHEN_REFRESH_MS);
    return () => clearInterval(timer);
  }, [untouched, showNow]);

  const log = async (values: ActivityValues) => {
    const setByUser = !untouched() && values.at.trim() !== '';
    await onLog(values.text.trim(), setByUser ? fromLocalInput(values.at, zone) : null);
    showNow('');
  };
  return (
    <>
      <h3 className="margin-bottom-1">Add entry</h3>
      <PlanItemForm form={form} ids={IDS} label="Add an activity log entry" large headingLevel="h4" submitLabel="Add entry" busyLabel="Adding…" onSave={log}>
        <FormTextField name="text" label="What happened" multiline required disabled={busy} />
        <FormTextField
          name="at"
          label="When"
          type="datetime-local"
          hint={`The plan's time zone, ${zoneLabel}. Keeps up with the clock: left as it is, the entry is logged when you add it. Set it for something that happened earlier; it cannot be in the future.`}
        />
      </PlanItemForm>
    </>
  );
}
