import { Alert } from '@trussworks/react-uswds';
import { BLOCKER_FIX_LABELS, enumLabel, PLAN_STATUS_LABELS, PlanStatus, READINESS_CHECKED_WHILE, READINESS_PAST_REVIEW } from '@jointops/domain';
import { Link } from 'react-router';
import { blockerHref, clientBlockers, clientWarnings, warningHref, type ReadinessPlan, type ServerBlocker } from './readiness';

export interface ReadinessPanelProps {
  plan: ReadinessPlan & {
    revision: number;
    contentHash: string;
    readiness: { ready: boolean; blockerCount: number; accountabilityBlockers: ReadonlyArray<ServerBlocker>; warnings?: ReadonlyArray<ServerBlocker> };
  };
}

/**
 * What stands between the plan and review (a draft) or approval (in review). Computed here with
 * the shared rules on the cached plan, so it follows every edit at once; the server's `readiness`
 * uses the same rules. Past review it says where the plan stands instead.
 */
export function ReadinessPanel({ plan }: ReadinessPanelProps) {
  const gated = (READINESS_CHECKED_WHILE as readonly string[]).includes(plan.status);
  return (
    <section aria-labelledby="readiness-heading" className="margin-top-4">
      <h2 id="readiness-heading">Readiness</h2>
      {gated ? (
        <>
          <Blockers plan={plan} />
          <Warnings plan={plan} />
        </>
      ) : (
        <Alert type="info" slim>
          <p className="usa-alert__text" data-testid="readiness-status">
            {READINESS_PAST_REVIEW[plan.status as PlanStatus] ?? `Status: ${enumLabel(PLAN_STATUS_LABELS, plan.status)}.`}
          </p>
        </Alert>
      )}
      <p className="font-body-3xs text-base margin-top-2">
        Revision {plan.revision} · content hash <code title={plan.contentHash}>{plan.contentHash.slice(0, 12)}</code>
      </p>
    </section>
  );
}

/** Places to check (PLACE_OUTSIDE_REGION): worth a look, never blocking; each links to its place. */
function Warnings({ plan }: ReadinessPanelProps) {
  const warnings = clientWarnings(plan);
  if (warnings.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--warning usa-alert--slim margin-top-2" data-testid="readiness-warnings">
      <div className="usa-alert__body">
        <p className="usa-alert__text text-bold margin-bottom-05">Worth a look, not blocking:</p>
        <ul className="usa-list margin-top-0" aria-label="Readiness warnings">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${warning.entityId ?? ''}-${index}`} data-code={warning.code}>
              <Link to={warningHref(plan.id, warning)} className="usa-link">
                {warning.message}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The blockers, each linked to where it is fixed with what to do there; or that nothing blocks the next step. */
function Blockers({ plan }: ReadinessPanelProps) {
  const blockers = clientBlockers(plan, Date.now(), plan.readiness.accountabilityBlockers);
  const serverCount = plan.readiness.blockerCount;
  const inReview = plan.status === PlanStatus.IN_REVIEW;
  return (
    <>
      <div aria-live="polite">
        {blockers.length === 0 ? (
          <Alert type="success" slim>
            <p className="usa-alert__text">
              {inReview ? 'Nothing blocks approval: each agency lead can sign this revision.' : 'Ready for review: nothing blocks submission.'}
            </p>
          </Alert>
        ) : (
          <>
            <p>
              {blockers.length === 1 ? '1 thing blocks' : `${blockers.length} things block`} {inReview ? 'approval' : 'submission for review'}:
            </p>
            <ul className="usa-list" aria-label="Readiness blockers">
              {blockers.map((blocker, index) => (
                <li key={`${blocker.code}-${blocker.entityId ?? ''}-${index}`} data-code={blocker.code}>
                  <Link to={blockerHref(plan.id, blocker)} className="usa-link">
                    {blocker.message}
                  </Link>
                  <span className="display-block font-body-2xs text-base-dark">{BLOCKER_FIX_LABELS[blocker.code]}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {serverCount !== blockers.length ? (
        <p className="font-body-2xs text-base" data-testid="readiness-server-note">
          The server counted {serverCount} at revision {plan.revision}; it re-checks after each save.
        </p>
      ) : null}
    </>
  );
}
