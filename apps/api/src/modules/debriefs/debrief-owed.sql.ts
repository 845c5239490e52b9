/**
 * Who owes a debrief on an operation, as one SQL condition, for the My work list (one user) and the
 * DEBRIEF_DUE reminders (everyone at once), so the two never disagree. The caller joins a member of
 * a participating agency to the plan and LEFT JOINs that user's debrief on it; the condition holds
 * when that debrief is not submitted and the user owes one: they hold a role that owes one on every
 * operation (`everyOperation`: DEBRIEF_EVERY_OPERATION_ROLES, libs/domain my-work.ts) or one of the
 * plan's roles names them. With `orDraft`, a draft of theirs counts too (My work lists it to finish).
 *
 * `planId` and `userId` are SQL expressions; `debrief` is the alias of the LEFT JOINed debrief;
 * `everyOperation` is a boolean SQL expression.
 */
export function debriefOwedCondition(sql: { planId: string; userId: string; debrief: string; everyOperation: string; orDraft?: boolean }): string {
  const { planId, userId, debrief: d, everyOperation, orDraft = false } = sql;
  const named = `EXISTS (SELECT 1 FROM role_assignments r WHERE r.plan_id = ${planId} AND r.assignee_id = ${userId})`;
  return `((${d}.id IS NULL OR ${d}.status = 'DRAFT') AND (${orDraft ? `${d}.id IS NOT NULL OR ` : ''}${everyOperation} OR ${named}))`;
}
