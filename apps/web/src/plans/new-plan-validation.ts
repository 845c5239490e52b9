import { checkDate, checkText, checkTitle, collectViolations, LIMITS, type FieldViolation } from '@jointops/domain';
import { isoFromLocalInput } from './plan-format';

export interface NewPlanValues {
  title: string;
  summary: string;
  /** datetime-local values (local time). */
  startsAt: string;
  endsAt: string;
}

/** The shared input rules, plus "end not before start". Field paths are the mutation's (`input.title`). */
export function validateNewPlan(values: NewPlanValues): FieldViolation[] {
  const startsAt = isoFromLocalInput(values.startsAt);
  const endsAt = isoFromLocalInput(values.endsAt);
  const violations = collectViolations(
    checkTitle('input.title', values.title),
    checkText('input.summary', values.summary, LIMITS.textMax),
    checkDate('input.startsAt', startsAt),
    checkDate('input.endsAt', endsAt),
  );
  if (startsAt && endsAt && !violations.some((v) => v.field === 'input.endsAt') && Date.parse(endsAt) < Date.parse(startsAt)) {
    violations.push({ field: 'input.endsAt', message: 'End must not be before the start.' });
  }
  return violations;
}

/** The window fields of a patch (`patch.startsAt`) follow the same rules. */
export function validateWindow(prefix: string, startsAtLocal: string, endsAtLocal: string): FieldViolation[] {
  return validateNewPlan({ title: 'x', summary: '', startsAt: startsAtLocal, endsAt: endsAtLocal }).map((v) => ({
    ...v,
    field: v.field.replace(/^input\./, `${prefix}.`),
  }));
}
