import { activityEntrySchema, violationsOf } from '@jointops/domain';
import { fromLocalInput } from '../timeline/time';

export { ACTIVITY_TEXT_MAX } from '@jointops/domain';

export type ActivityValues = {
  text: string;
  /** `<input type="datetime-local">` value; empty means now. */
  at: string;
};

export type ActivityErrors = Partial<Record<keyof ActivityValues, string>>;

/** The entry as the form would send it, or the field errors. `now` is when the user pressed Add. */
export function validateActivity(values: ActivityValues, now: number, zone: string): { errors: ActivityErrors; at: string | null } {
  const errors: ActivityErrors = Object.fromEntries(violationsOf(activityEntrySchema(now), values).map((v) => [v.field, v.message]));
  return { errors, at: values.at.trim() && !errors.at ? fromLocalInput(values.at, zone) : null };
}
