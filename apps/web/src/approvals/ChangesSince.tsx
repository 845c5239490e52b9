import { useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { PlanDiffDocument } from '@jointops/web-data';
import { useEffect } from 'react';
import { errorMessage as generalErrorMessage } from '../shared/errors';
import type { DiffPlan } from './plan-diff';
import { PlanDiffView } from './PlanDiffView';

export interface ChangesSinceProps {
  planId: string;
  /** The revision the lead last decided (or was reviewing) on. */
  fromRevision: number;
  currentRevision: number;
  plan: DiffPlan;
  heading?: string;
}

/** "What changed since you last decided": planDiff from that revision to now, refreshed as the plan moves. */
export function ChangesSince({ planId, fromRevision, currentRevision, plan, heading = 'What changed since you last decided' }: ChangesSinceProps) {
  const { data, error, loading, refetch } = useQuery(PlanDiffDocument, { variables: { planId, fromRevision }, fetchPolicy: 'network-only' });
  useEffect(() => {
    void refetch().catch(() => undefined);
  }, [currentRevision, refetch]);

  return (
    <section aria-labelledby="changes-since-heading" className="margin-top-3 border-1px border-base-lighter radius-md padding-2" data-testid="changes-since">
      <h3 id="changes-since-heading" className="margin-top-0">
        {heading}
      </h3>
      <p className="margin-top-0 text-base-dark">
        From revision {fromRevision} to revision {currentRevision}.
      </p>
      {error && !data ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The changes could not be loaded. {generalErrorMessage(error)}</p>
        </Alert>
      ) : !data && loading ? (
        <p role="status">Loading changes…</p>
      ) : data ? (
        <PlanDiffView changes={data.planDiff} plan={plan} />
      ) : null}
    </section>
  );
}
