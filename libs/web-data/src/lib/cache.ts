import { InMemoryCache } from '@apollo/client';
import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { PLAN_PARTS } from '@jointops/domain';

/** Members of the contract's `union PlanNode`, so fragments on them match cached objects. */
export const possibleTypes = {
  PlanNode: [
    'Plan',
    ...PLAN_PARTS.map((part) => part.typename),
    'Approval',
    'Debrief',
    'AfterActionReport',
    'CorrectiveAction',
    'ActivityEntry',
  ],
};

// Lists the server always returns whole: replace them instead of merging element-wise.
const replaceList = { merge: false } as const;

/**
 * Entities with an `id` are normalised by `__typename:id` (Apollo's default). Value objects
 * without an identity stay embedded in their parent.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      /** Cursor pagination (newest first unless orderBy says otherwise); another filter, order or offset page is another list. */
      plans: relayStylePagination(['status', 'search', 'orderBy', 'offset']),
      /** Read an already cached plan without a round trip. */
      plan: {
        read(existing, { args, toReference }) {
          return existing ?? (args?.['id'] ? toReference({ __typename: 'Plan', id: args['id'] as string }) : undefined);
        },
      },
      agencies: replaceList,
      users: replaceList,
      checklistTemplates: replaceList,
      correctiveActions: replaceList,
      presence: replaceList,
      accessLog: replaceList,
    },
  },
  Plan: {
    fields: {
      agencies: replaceList,
      ...Object.fromEntries(PLAN_PARTS.map((part) => [part.key, replaceList])),
      approvals: replaceList,
      activityLog: replaceList,
      debriefs: replaceList,
      readiness: replaceList,
    },
  },
  RoleAssignment: { fields: { objectives: replaceList } },
  AfterActionReport: { fields: { correctiveActions: replaceList } },
  /** An event is identified by its plan and its gap-free sequence number. */
  PlanEvent: { keyFields: ['planId', 'seq'] },
  AuthPayload: { keyFields: false },
  Readiness: { keyFields: false },
  Blocker: { keyFields: false },
  PageInfo: { keyFields: false },
  Presence: { keyFields: false },
  LogVerification: { keyFields: false },
  TransparencyReport: { keyFields: false },
  /** One per filter and size; a refetch or a live addition replaces its count and list. */
  NotificationPage: { keyFields: false, merge: true },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies, possibleTypes });
}
