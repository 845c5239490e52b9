import type { PlanEventFieldsFragment } from '@jointops/web-data';

/** Test data shared by the live specs (not a spec itself). */
export const CBP = { __typename: 'Agency' as const, id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' as const };
export const NCSHP = { __typename: 'Agency' as const, id: 'a-ncshp', name: 'North Carolina State Highway Patrol', shortName: 'NCSHP', level: 'STATE' as const };

export const objective = (id: string, position: number, title = `Objective ${id}`, successCriteria = '') => ({
  __typename: 'Objective' as const,
  id,
  version: 1,
  position,
  title,
  description: '',
  successCriteria,
  priority: 'HIGH' as const,
});

export function cachedPlan() {
  return {
    __typename: 'Plan' as const,
    id: 'p1',
    version: 3,
    title: 'Operation Safe Passage',
    summary: 'Escort',
    status: 'DRAFT' as const,
    startsAt: null,
    endsAt: null,
    timeZone: 'America/New_York',
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-02T00:00:00Z',
    revision: 9,
    lastSeq: 9,
    contentHash: 'f'.repeat(64),
    leadAgency: CBP,
    agencies: [CBP, NCSHP],
    readiness: { __typename: 'Readiness' as const, ready: false, blockers: [] },
    objectives: [objective('o1', 0), objective('o2', 1)],
    roles: [],
    checklist: [],
    timeline: [],
    resources: [],
    comms: [],
    approvals: [],
  };
}

export const MARIA_ACTOR = { __typename: 'User' as const, id: 'u-maria', displayName: 'Maria Lopez', agency: CBP };
export const DANA_ACTOR = { __typename: 'User' as const, id: 'u-dana', displayName: 'Dana Whitfield', agency: NCSHP };

/** A plan event as the subscription delivers it; `node` goes under the alias its type uses. */
export function planEvent(seq: number, type: string, entityType: string, entityId: string, node: { __typename: string } | null, actor: { id: string; displayName: string; agency: object } = MARIA_ACTOR): PlanEventFieldsFragment {
  const typename = node?.__typename ?? 'Objective';
  const optional = typename === 'TimelineEvent' || typename === 'CommsChannel';
  const plan = typename === 'Plan';
  const stub = { __typename: typename };
  return {
    __typename: 'PlanEvent',
    seq,
    planId: 'p1',
    at: '2027-01-03T10:00:00Z',
    type,
    entityType,
    entityId,
    revision: 9 + seq,
    actor,
    node: node && !optional && !plan ? node : node ? stub : null,
    optionalAgencyNode: node && optional ? node : node ? stub : null,
    planNode: node && plan ? node : node ? stub : null,
  } as unknown as PlanEventFieldsFragment;
}
