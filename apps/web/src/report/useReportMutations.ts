import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  AddCorrectiveActionDocument,
  DraftAfterActionReportDocument,
  FinalizeAfterActionReportDocument,
  UpdateAfterActionReportDocument,
  UpdateCorrectiveActionDocument,
  type CorrectiveActionInput,
  type CorrectiveActionPatch,
} from '@jointops/web-data';
import { useCallback, useMemo } from 'react';
import { useRefreshPlanMeta } from '../checklist/useRefreshPlanMeta';

/** The report's writes: draft (or rebuild), summary, corrective actions, finalize; each keeps the cache current. */
export function useReportMutations(planId: string) {
  const refreshMeta = useRefreshPlanMeta(planId);
  const [draftMutation] = useMutation(DraftAfterActionReportDocument);
  const [updateMutation] = useMutation(UpdateAfterActionReportDocument);
  const [addActionMutation] = useMutation(AddCorrectiveActionDocument);
  const [updateActionMutation] = useMutation(UpdateCorrectiveActionDocument);
  const [finalizeMutation] = useMutation(FinalizeAfterActionReportDocument);

  const draft = useCallback(
    async () =>
      void (await draftMutation({
        variables: { planId },
        update: (cache, { data }) => {
          const drafted = data?.draftAfterActionReport;
          if (!drafted) return;
          cache.modify({
            id: cache.identify({ __typename: 'Plan', id: planId }),
            fields: { afterActionReport: (_: unknown, { toReference }) => toReference({ __typename: 'AfterActionReport', id: drafted.id }) ?? null },
          });
        },
      })),
    [draftMutation, planId],
  );

  const updateSummary = useCallback(
    async (reportId: string, expectedVersion: number, summary: string) => void (await updateMutation({ variables: { id: reportId, expectedVersion, summary } })),
    [updateMutation],
  );

  /** Answers the new action's id. */
  const addAction = useCallback(
    async (reportId: string, input: CorrectiveActionInput): Promise<string | undefined> => {
      const { data } = await addActionMutation({
        variables: { reportId, input },
        update: (cache, { data }) => {
          const added = data?.addCorrectiveAction;
          if (!added) return;
          cache.modify({
            id: cache.identify({ __typename: 'AfterActionReport', id: reportId }),
            fields: {
              correctiveActions: (existing: readonly Reference[] = [], { toReference }) => {
                const ref = toReference({ __typename: 'CorrectiveAction', id: added.id });
                return !ref || existing.some((r) => r.__ref === ref.__ref) ? existing : [...existing, ref];
              },
            },
          });
        },
      });
      return data?.addCorrectiveAction.id;
    },
    [addActionMutation],
  );

  const updateAction = useCallback(
    async (id: string, expectedVersion: number, patch: CorrectiveActionPatch) => void (await updateActionMutation({ variables: { id, expectedVersion, patch } })),
    [updateActionMutation],
  );

  /** Finalizing closes the plan: its status and lifecycle buttons are refetched. */
  const finalize = useCallback(
    async (reportId: string, expectedVersion: number) => {
      await finalizeMutation({ variables: { id: reportId, expectedVersion } });
      refreshMeta();
    },
    [finalizeMutation, refreshMeta],
  );

  return useMemo(() => ({ draft, updateSummary, addAction, updateAction, finalize }), [draft, updateSummary, addAction, updateAction, finalize]);
}

export type ReportMutations = ReturnType<typeof useReportMutations>;
