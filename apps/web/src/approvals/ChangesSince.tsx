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
  /** h3 on its own below the cards; h5 inside the lead's "What you are signing". */
  headingLevel?: 'h3' | 'h5';
}

/** "What changed since you last decided": planDiff from that revision to now, refreshed as the plan moves. */
export function ChangesSince({ planId, fromRevision, currentRevision, plan, heading = 'What changed since you last decided', headingLevel = 'h3' }: ChangesSinceProps) {
  const Heading = headingLevel;
  const { data, error, loading, refetch } = useQuery(PlanDiffDocument, { variables: { planId, fromRevision }, fetchPolicy: 'network-only' });
  useEffect(() => {
    void refetch().catch(() => undefined);
  }, [currentRevision, refetch]);

  return (
    <section aria-labelledby="changes-since-heading" className="margin-top-3 border-1px border-base-lighter radius-md padding-2" data-testid="changes-since">
      <Heading id="changes-since-heading" className="margin-top-0">
        {heading}
      </Heading>
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
        <PlanDiffView changes={data.planDiff} plan={plan} headingLevel={headingLevel === 'h3' ? 'h4' : 'h6'} />
      ) : null}
    </section>
  );
}
