import { AGREEMENT_KIND_LABELS, agreementsInForceBetween, coursesLacking, enumLabel, formatTaskForceDay, OPERATION_TYPE_LABELS, type AccountabilityFacts } from '@jointops/domain';
import type { Agreement } from '../agreements/agreement.types';
import type { Plan } from '../plans/plan.entity';
import { table, type Content } from './pdf-renderer';

interface Names {
  shortName: (agencyId: string) => string;
}

/**
 * "Authorities and agreements" (issue 16, item 5): for each participating agency besides the lead,
 * the agreement with the lead agency that covers the operation (in force for the whole window and
 * allowing its type), with the data-sharing terms in full: what officers must follow on the day.
 */
export function authoritiesSection(plan: Plan, agencyIds: readonly string[], agreements: readonly Agreement[], names: Names): Content[] {
  const type = plan.operationType ? enumLabel(OPERATION_TYPE_LABELS, plan.operationType) : null;
  const body: Content[] = [{ text: 'Authorities and agreements', style: 'h2' }, { text: `Operation type: ${type ?? 'not chosen'}.`, margin: [0, 0, 0, 4] }];
  const lead = plan.leadAgencyId;
  const others = agencyIds.filter((id) => id !== lead);
  if (others.length === 0) return [...body, { text: `${names.shortName(lead)} acts alone: no agreement between agencies is needed.`, italics: true }];
  for (const agencyId of others) {
    const inForce = plan.startsAt && plan.endsAt ? agreementsInForceBetween(agreements, lead, agencyId, plan.startsAt, plan.endsAt) : [];
    const covering = inForce.find((a) => !plan.operationType || a.scope.includes(plan.operationType));
    body.push({ text: `${names.shortName(agencyId)} with ${names.shortName(lead)}`, style: 'h3' });
    if (!covering) {
      body.push({ text: 'No agreement covers this agency for this operation: the plan cannot be approved or activated until one does.', italics: true });
      continue;
    }
    body.push(
      table(
        ['Agreement', 'Kind', 'Parties', 'In force', 'Allows'],
        [
          [
            covering.title,
            enumLabel(AGREEMENT_KIND_LABELS, covering.kind),
            covering.agencyIds.map(names.shortName).join(', '),
            `${formatTaskForceDay(covering.effectiveFrom, 'isoDate')} to ${covering.expiresOn ? formatTaskForceDay(covering.expiresOn, 'isoDate') : 'open-ended'}`,
            covering.scope.map((value) => enumLabel(OPERATION_TYPE_LABELS, value)).join(', '),
          ],
        ],
        ['*', 'auto', 'auto', 'auto', '*'],
      ),
      { text: [{ text: 'Data-sharing terms: ', bold: true }, covering.dataSharingTerms] },
      { text: [{ text: 'Reporting requirements: ', bold: true }, covering.reportingRequirements], margin: [0, 2, 0, 0] },
    );
  }
  return body;
}

/**
 * A role's training statement: the courses the operation type requires that its assignee holds
 * through the end of the window, or those they lack.
 */
export function trainingStatement(assigneeId: string | null, plan: Plan, facts: AccountabilityFacts): string {
  if (!assigneeId) return 'No assignee.';
  if (!plan.operationType) return 'Operation type not chosen.';
  if (facts.requiredCourses.length === 0) return 'No course required for this type of operation.';
  const lacking = coursesLacking(facts, assigneeId, plan.endsAt);
  if (lacking.length === 0) return `Holds ${facts.requiredCourses.map((c) => c.code).join(', ')}, current through the end of the operation.`;
  return `Lacks ${lacking.map((c) => `${c.code} (${c.title})`).join(', ')} current through the end of the operation.`;
}
