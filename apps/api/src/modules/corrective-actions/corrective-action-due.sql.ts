import { TASK_FORCE_TIME_ZONE } from '@jointops/domain';

/** An IANA name (letters, digits, `_`, `-`, `+`, `/`): safe to write into the SQL below. */
if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(TASK_FORCE_TIME_ZONE)) throw new Error(`Not a time zone name: ${TASK_FORCE_TIME_ZONE}`);

/**
 * actionDueEnd (libs/domain corrective-actions.ts) in SQL: the instant the action whose due date
 * is `column` (midnight UTC of its due day) becomes overdue, the first instant of the next day in
 * TASK_FORCE_TIME_ZONE. Queries that judge overdue or on time use it.
 */
export function actionDueEndSql(column: string): string {
  return `((((${column}) AT TIME ZONE 'UTC')::date + 1)::timestamp AT TIME ZONE '${TASK_FORCE_TIME_ZONE}')`;
}
