import { can } from '@jointops/domain';
import { graphQLErrorsOf, type ActionStatus } from '@jointops/web-data';
import { errorMessage } from '../shared/errors';

export const ACTION_STATUSES: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];
/** The words are libs/domain's, so the screen and the PDF export say the same. */
export { ACTION_STATUS_LABELS } from '@jointops/domain';

/** `<input type="date">` value -> the calendar date as midnight UTC. */
export const dateInputToIso = (value: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : null);
/** ISO instant (midnight UTC) -> `<input type="date">` value. */
export const isoToDateInput = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');

/** A sentence for a refused corrective-action change. */
export function actionErrorMessage(error: unknown): string {
  const first = graphQLErrorsOf(error)[0];
  const code = first?.extensions?.['code'];
  if (code === 'FORBIDDEN') return 'You may not change this corrective action: only planners and agency leads of its owner agency or of the plan’s lead agency may.';
  if (code === 'CONFLICT') return 'Someone else changed this corrective action in the meantime. The list shows their version now; try again.';
  if (code === 'BAD_USER_INPUT' && first?.message) return first.message;
  return errorMessage(error);
}

/**
 * Who may update a corrective action: `can` in libs/domain (the server decides anyway). Its owner
 * and the lead agency both take part in the plan (owners are chosen among the participants).
 */
export function mayUpdateAction(me: { roles: readonly string[]; agencyId: string }, ownerAgencyId: string, leadAgencyId: string): boolean {
  return can(me, 'correctiveAction.update', { leadAgencyId, agencyIds: [leadAgencyId, ownerAgencyId] }, { agencyId: ownerAgencyId });
}
