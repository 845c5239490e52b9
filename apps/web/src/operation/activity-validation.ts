import { fromLocalInput } from '../timeline/time';

export interface ActivityValues {
  text: string;
  /** `<input type="datetime-local">` value; empty means now. */
  at: string;
}

export type ActivityErrors = Partial<Record<keyof ActivityValues, string>>;

export const ACTIVITY_TEXT_MAX = 4000;

/** The entry as the form would send it, or the field errors. `now` is when the user pressed Add. */
export function validateActivity(values: ActivityValues, now: number): { errors: ActivityErrors; at: string | null } {
  const errors: ActivityErrors = {};
  const text = values.text.trim();
  if (!text) errors.text = 'Enter what happened.';
  else if (text.length > ACTIVITY_TEXT_MAX) errors.text = `Keep the entry under ${ACTIVITY_TEXT_MAX} characters.`;
  let at: string | null = null;
  if (values.at.trim()) {
    at = fromLocalInput(values.at);
    if (!at) errors.at = 'Enter a valid date and time, or leave it empty for now.';
    // The input has minute precision: anything past the current minute is in the future.
    else if (Date.parse(at) > now) errors.at = 'The time cannot be in the future.';
  }
  return { errors, at };
}
