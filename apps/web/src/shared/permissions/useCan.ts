import { useQuery } from '@apollo/client/react';
import { can, canNow, isPlanMember, type PermissionAction, type PermissionPlan, type PermissionSubject, type PermissionUser } from '@jointops/domain';
import { MeDocument } from '@jointops/web-data';
import { useCallback } from 'react';

/**
 * The web asks `can` from libs/domain, the rules the API enforces, only to decide what to show;
 * the server decides anyway. These adapters turn the shapes the web loads into the ones `can` reads.
 */

/** A plan as the web loads it (the workspace, lists, corrective actions). */
export interface WebPlan {
  leadAgency?: { id: string } | null;
  agencies: ReadonlyArray<{ id: string }>;
  status?: string | null;
}

export function permissionPlan(plan: WebPlan): PermissionPlan {
  return { leadAgencyId: plan.leadAgency?.id ?? null, agencyIds: plan.agencies.map((agency) => agency.id), status: plan.status ?? undefined };
}

/** The signed-in user as the `me` query loads it. */
export function permissionUser(me: { id: string; roles: readonly string[]; agency: { id: string } }): PermissionUser {
  return { id: me.id, roles: me.roles, agencyId: me.agency.id };
}

/** `can` on one plan: called, who and when together (show the control); `.who`, who alone. */
export interface PlanCan {
  (action: PermissionAction, subject?: PermissionSubject): boolean;
  who(action: PermissionAction, subject?: PermissionSubject): boolean;
  /** The user's agency takes part in the plan and they hold a member role. */
  member: boolean;
}

export function planCan(me: PermissionUser, plan: WebPlan): PlanCan {
  const scope = permissionPlan(plan);
  const check = ((action: PermissionAction, subject?: PermissionSubject) => canNow(me, action, scope, subject)) as PlanCan;
  check.who = (action, subject) => can(me, action, scope, subject);
  check.member = isPlanMember(me, scope);
  return check;
}

/**
 * The signed-in user's `can` (who and when; false until the user is loaded), for pages outside a
 * plan's workspace: the header, the plan list, the oversight and admin areas.
 */
export function useCan(): (action: PermissionAction, plan?: WebPlan | null, subject?: PermissionSubject) => boolean {
  const { data } = useQuery(MeDocument);
  const me = data?.me ?? null;
  return useCallback((action, plan, subject) => (me ? canNow(permissionUser(me), action, plan ? permissionPlan(plan) : null, subject) : false), [me]);
}
