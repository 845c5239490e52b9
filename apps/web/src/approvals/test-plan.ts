import type { ApprovalFieldsFragment } from '@jointops/web-data';
import type { WholePlan } from '../live/live-fixtures';
import type { WorkspaceMe } from '../plans/workspace-types';

/** Test data for the approvals and lifecycle specs (not a spec itself). */
export const CBP = { __typename: 'Agency' as const, id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' as const };
export const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL' as const };

export function approval(
  agency: typeof CBP | typeof WCSO,
  status: ApprovalFieldsFragment['status'],
  revision: number | null = null,
): ApprovalFieldsFragment & { __typename: 'Approval'; signers: Array<{ __typename: 'User'; id: string; displayName: string }> } {
  const decided = status !== 'PENDING';
  return {
    __typename: 'Approval',
    id: `ap-${agency.shortName}`,
    status,
    revision: decided ? revision : null,
    contentHash: decided ? 'abcdef0123456789'.repeat(4) : null,
    decidedAt: decided ? '2027-01-05T10:00:00Z' : null,
    comment: status === 'REJECTED' ? 'Missing the medical plan.' : '',
    meaning: decided ? `${status === 'REJECTED' ? 'Rejected' : 'Approved'} revision ${revision} (content hash abcdef01…) on behalf of ${agency.shortName}` : null,
    secondFactor: decided ? agency.shortName === 'CBP' : null,
    agency,
    decidedBy: decided ? { __typename: 'User', id: `u-${agency.shortName}`, displayName: `Lead of ${agency.shortName}` } : null,
    signers: [{ __typename: 'User', id: `u-${agency.shortName}`, displayName: `Lead of ${agency.shortName}` }],
  } as ApprovalFieldsFragment & { __typename: 'Approval'; signers: Array<{ __typename: 'User'; id: string; displayName: string }> };
}

/** A plan in review with every section's content, as the cache holds it once each section was opened. */
export function reviewPlan(overrides: Partial<WholePlan> = {}): WholePlan {
  return {
    __typename: 'Plan',
    id: 'p1',
    version: 3,
    title: 'Operation Safe Passage',
    summary: '',
    status: 'IN_REVIEW',
    startsAt: '2027-03-01T08:00:00Z',
    endsAt: '2027-03-01T20:00:00Z',
    timeZone: 'America/New_York',
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-02T00:00:00Z',
    revision: 12,
    lastSeq: 30,
    contentHash: 'f'.repeat(64),
    leadAgency: CBP,
    agencies: [CBP, WCSO],
    readiness: { __typename: 'Readiness', ready: true, blockerCount: 0, accountabilityBlockers: [], warnings: [] },
    objectives: [{ __typename: 'Objective', id: 'o1', version: 1, position: 0, title: 'Secure the perimeter', description: '', successCriteria: 'Perimeter held', priority: 'HIGH' }],
    roles: [
      { __typename: 'RoleAssignment', id: 'r1', version: 1, title: 'Commander', responsibilities: '', agency: CBP, assignee: { __typename: 'User', id: 'u-cbp-1', displayName: 'James Okafor' }, objectives: [] },
      { __typename: 'RoleAssignment', id: 'r2', version: 1, title: 'Liaison', responsibilities: '', agency: WCSO, assignee: { __typename: 'User', id: 'u-wcso-1', displayName: 'Tom Hargrove' }, objectives: [] },
    ],
    checklist: [],
    timeline: [
      {
        __typename: 'TimelineEvent',
        id: 't1',
        version: 1,
        title: 'Briefing',
        phase: 'BRIEFING',
        startsAt: '2027-03-01T08:00:00Z',
        endsAt: '2027-03-01T09:00:00Z',
        agency: null,
        dependsOnIds: [],
        notes: '',
        actualStartsAt: null,
        actualEndsAt: null,
      },
    ],
    resources: [
      { __typename: 'ResourceCommitment', id: 'res1', version: 1, kind: 'Officers', quantity: 2, notes: '', agency: CBP },
      { __typename: 'ResourceCommitment', id: 'res2', version: 1, kind: 'Deputies', quantity: 4, notes: '', agency: WCSO },
    ],
    comms: [{ __typename: 'CommsChannel', id: 'k1', version: 1, name: 'Command net', details: 'TG 4400', purpose: '', agency: null }],
    places: [{ __typename: 'Place', id: 'pl1', version: 1, name: 'Raleigh command post', kind: 'COMMAND_POST', coordinates: [[-78.6382, 35.7796]], address: '', notes: '', createdAt: '2027-01-01T00:00:00Z', namedBy: [] }],
    approvals: [approval(CBP, 'APPROVED', 12), approval(WCSO, 'PENDING')],
    ...overrides,
  } as unknown as WholePlan;
}

export const lead = (agency: { id: string }): WorkspaceMe => ({ id: `u-lead-${agency.id}`, roles: ['AGENCY_LEAD'], agencyId: agency.id });
export const planner = (agency: { id: string }): WorkspaceMe => ({ id: `u-planner-${agency.id}`, roles: ['PLANNER'], agencyId: agency.id });
