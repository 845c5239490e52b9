import { useMutation } from '@apollo/client/react';
import { AddPlanAgencyDocument, RemovePlanAgencyDocument, UpdatePlanDocument, type PlanPatch } from '@jointops/web-data';
import { useCallback } from 'react';
import { usePlanMetaRefresh } from './usePlanMetaRefresh';

/** Plan fields and participating agencies. Each success refreshes revision, hash and readiness. */
export function usePlanMutations(planId: string) {
  const refreshMeta = usePlanMetaRefresh(planId);
  const [update, updateState] = useMutation(UpdatePlanDocument);
  const [add, addState] = useMutation(AddPlanAgencyDocument);
  const [remove, removeState] = useMutation(RemovePlanAgencyDocument);

  const updatePlan = useCallback(
    async (expectedVersion: number, patch: PlanPatch) => {
      await update({ variables: { id: planId, expectedVersion, patch } });
      refreshMeta();
    },
    [planId, refreshMeta, update],
  );
  const addAgency = useCallback(
    async (agencyId: string) => {
      await add({ variables: { planId, agencyId } });
      refreshMeta();
    },
    [add, planId, refreshMeta],
  );
  const removeAgency = useCallback(
    async (agencyId: string) => {
      await remove({ variables: { planId, agencyId } });
      refreshMeta();
    },
    [planId, refreshMeta, remove],
  );
  return { updatePlan, addAgency, removeAgency, busy: updateState.loading || addState.loading || removeState.loading };
}
