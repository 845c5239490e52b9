import type { ApolloCache } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ApprovalsSectionDocument,
  ChecklistSectionDocument,
  CommsSectionDocument,
  ObjectivesSectionDocument,
  OverviewSectionDocument,
  PlacesSectionDocument,
  PlanWorkspaceDocument,
  ResourcesSectionDocument,
  RolesSectionDocument,
  TimelineSectionDocument,
  type ApprovalFieldsFragment,
  type ChecklistItemFieldsFragment,
  type CommsChannelFieldsFragment,
  type ObjectiveFieldsFragment,
  type PlaceFieldsFragment,
  type PlanEventFieldsFragment,
  type PlanWorkspaceQuery,
  type ResourceFieldsFragment,
  type RoleFieldsFragment,
  type TimelineEventFieldsFragment,
} from '@jointops/web-data';

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
    operationType: 'CHECKPOINT' as const,
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-02T00:00:00Z',
    revision: 9,
    lastSeq: 9,
    contentHash: 'f'.repeat(64),
    leadAgency: CBP,
    agencies: [CBP, NCSHP],
    readiness: { __typename: 'Readiness' as const, ready: false, blockerCount: 0, accountabilityBlockers: [], warnings: [] },
    objectives: [objective('o1', 0), objective('o2', 1)],
    roles: [],
    checklist: [],
    timeline: [],
    resources: [],
    comms: [],
    places: [],
    approvals: [],
  };
}

/** The workspace plan with every section's content, as the cache holds it once each section has been opened. */
export type WholePlan = Omit<NonNullable<PlanWorkspaceQuery['plan']>, 'objectives' | 'roles' | 'checklist' | 'timeline' | 'resources' | 'comms' | 'places' | 'approvals'> & {
  /** With who may sign each (the approvals section's own query asks for it). */
  approvals: Array<ApprovalFieldsFragment & { signers: Array<{ __typename?: 'User'; id: string; displayName: string }> }>;
  objectives: ObjectiveFieldsFragment[];
  roles: RoleFieldsFragment[];
  checklist: ChecklistItemFieldsFragment[];
  timeline: TimelineEventFieldsFragment[];
  resources: ResourceFieldsFragment[];
  comms: CommsChannelFieldsFragment[];
  places: PlaceFieldsFragment[];
};

/** The workspace's query and every section's own: together they read and write the whole plan. */
const WHOLE_PLAN_QUERIES = [
  PlanWorkspaceDocument,
  OverviewSectionDocument,
  ObjectivesSectionDocument,
  RolesSectionDocument,
  ChecklistSectionDocument,
  TimelineSectionDocument,
  ResourcesSectionDocument,
  CommsSectionDocument,
  PlacesSectionDocument,
  ApprovalsSectionDocument,
] as const;

export function writeWholePlan(cache: ApolloCache, plan: { id: string }): void {
  for (const query of WHOLE_PLAN_QUERIES) cache.writeQuery({ query: query as TypedDocumentNode<unknown, { id: string }>, variables: { id: plan.id }, data: { plan } as never });
}

export function readWholePlan(cache: ApolloCache, id = 'p1'): WholePlan {
  const read = (query: (typeof WHOLE_PLAN_QUERIES)[number]) =>
    ((cache.readQuery({ query: query as TypedDocumentNode<{ plan?: object | null }, { id: string }>, variables: { id } }) ?? {}).plan ?? {}) as Record<string, unknown>;
  // The header from the workspace's query, each list from the section that owns it.
  return {
    ...read(PlanWorkspaceDocument),
    objectives: read(ObjectivesSectionDocument)['objectives'],
    roles: read(RolesSectionDocument)['roles'],
    checklist: read(ChecklistSectionDocument)['checklist'],
    timeline: read(TimelineSectionDocument)['timeline'],
    resources: read(ResourcesSectionDocument)['resources'],
    comms: read(CommsSectionDocument)['comms'],
    places: read(PlacesSectionDocument)['places'],
  } as unknown as WholePlan;
}

export const MARIA_ACTOR = { __typename: 'User' as const, id: 'u-maria', displayName: 'Maria Lopez', agency: CBP };
export const DANA_ACTOR = { __typename: 'User' as const, id: 'u-dana', displayName: 'Dana Whitfield', agency: NCSHP };

/** A plan event as the subscription delivers it; `node` goes under the alias its type uses. */
export function planEvent(seq: number, type: string, entityType: string, entityId: string, node: { __typename: string } | null, actor: { id: string; displayName: string; agency: object } = MARIA_ACTOR): PlanEventFieldsFragment {
  const typename = node?.__typename ?? 'Objective';
  const optional = typename === 'TimelineEvent' || typename === 'CommsChannel' || typename === 'Place';
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
    agency: null,
    node: node && !optional && !plan ? node : node ? stub : null,
    optionalAgencyNode: node && optional ? node : node ? stub : null,
    planNode: node && plan ? node : node ? stub : null,
  } as unknown as PlanEventFieldsFragment;
}
