import { useMutation } from '@apollo/client/react';
import { CreatePlanDocument, type CreatePlanInput } from '@jointops/web-data';
import { useCallback } from 'react';

/** Creates a plan and forgets cached plan lists, so the list shows it next time. */
export function useCreatePlan() {
  const [mutate, { loading }] = useMutation(CreatePlanDocument, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'plans' });
      cache.gc();
    },
  });
  const createPlan = useCallback(
    async (input: CreatePlanInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('empty createPlan response');
      return data.createPlan;
    },
    [mutate],
  );
  return { createPlan, creating: loading };
}
