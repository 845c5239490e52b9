import { ACTION_DUE_END_OFFSET_MS } from '@jointops/domain';

/**
 * actionDueEnd (libs/domain corrective-actions.ts) in SQL: the instant the action whose due date
 * is `column` becomes overdue, the end of its due day. Queries that judge overdue or on time use it.
 */
export function actionDueEndSql(column: string): string {
  return `(${column} + interval '${ACTION_DUE_END_OFFSET_MS / 1000} seconds')`;
}
