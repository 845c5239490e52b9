import { useApolloClient } from '@apollo/client/react';
import { offlineCopyAllowed, offlineCopyExpiresAt } from '@jointops/domain';
import { FieldCopyDocument } from '@jointops/web-data';
import { useEffect, useRef } from 'react';
import { useOffline } from './OfflineProvider';
import type { FieldCopyPlan } from './store/types';

/** How often, at most, the copy of an open plan is refreshed while it changes. */
const REFRESH_MS = 10_000;

/**
 * Keeps the offline copy of an open plan current (issue 19): only for a plan that is ACTIVE or
 * COMPLETED less than 24 hours ago and in which the signed-in user holds a role, and only for a
 * session this browser signed in (its absolute end is known). `revision` and `lastSeq` say the plan
 * changed; the copy is read again at most every 10 s.
 */
export function useFieldCopySaver(plan: { id: string; status: string; lastSeq: number } | null): void {
  const client = useApolloClient();
  const { store, identity, userId } = useOffline();
  const eligibleStatus = plan?.status === 'ACTIVE' || plan?.status === 'COMPLETED';
  const owner = identity && identity.userId === userId ? identity : null;
  const planId = plan?.id ?? null;
  const seq = plan?.lastSeq ?? 0;
  const savedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!planId || !eligibleStatus || !owner) return;
    let cancelled = false;
    const timer = setTimeout(
      () =>
        void (async () => {
          try {
            const { data } = await client.query({ query: FieldCopyDocument, variables: { id: planId }, fetchPolicy: 'network-only' });
            const copy = data?.plan;
            if (cancelled || !copy) return;
            savedFor.current = planId;
            const now = Date.now();
            const assigned = copy.roles.some((role) => role.assignee?.id === owner.userId);
            if (!offlineCopyAllowed(copy, assigned, now)) {
              await store.copies.remove(owner.userId, planId);
              return;
            }
            await store.copies.save({ userId: owner.userId, planId, savedAt: new Date(now).toISOString(), expiresAt: offlineCopyExpiresAt(owner.sessionEndsAt, copy.completedAt), plan: keptOnDevice(copy, owner.userId) });
          } catch {
            // Offline or refused: the copy stays as it was, with its own "last updated".
          }
        })(),
      savedFor.current === planId ? REFRESH_MS : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, store, owner, planId, eligibleStatus, seq]);
}

/**
 * What of the plan goes on the device: everything FieldCopy reads that the officer needs, but of the
 * roles, the log and the debriefs only their own ("nothing else is cached").
 */
export function keptOnDevice(plan: FieldCopyPlan, userId: string): FieldCopyPlan {
  return {
    ...plan,
    roles: plan.roles.filter((role) => role.assignee?.id === userId),
    activityLog: plan.activityLog.filter((entry) => entry.author.id === userId),
    debriefs: plan.debriefs.filter((debrief) => debrief.author.id === userId),
  };
}
