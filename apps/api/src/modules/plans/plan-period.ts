/**
 * "An operation of a period", in SQL: its window overlaps the period, or, without a window, it was
 * created in it. `plan` is the plans table's alias; `from` and `to` are SQL expressions for the
 * period's first and last instant (parameters or columns). The oversight report and the published
 * figures count by this one rule.
 */
export function planInPeriod(plan: string, from: string, to: string): string {
  return `((${plan}.starts_at IS NOT NULL AND ${plan}.starts_at <= ${to} AND coalesce(${plan}.ends_at, ${plan}.starts_at) >= ${from})
     OR (${plan}.starts_at IS NULL AND ${plan}.created_at BETWEEN ${from} AND ${to}))`;
}
