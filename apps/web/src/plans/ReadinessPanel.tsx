import { Alert } from '@trussworks/react-uswds';
import { Link } from 'react-router';
import { blockerHref, clientBlockers, type ReadinessPlan } from './readiness';

export interface ReadinessPanelProps {
  plan: ReadinessPlan & {
    revision: number;
    contentHash: string;
    readiness: { ready: boolean; blockers: ReadonlyArray<{ code: string }> };
  };
}

/**
 * What stands between the plan and review. Computed here with the shared rules on the cached
 * plan, so it follows every edit at once; the server's `readiness` uses the same rules.
 */
export function ReadinessPanel({ plan }: ReadinessPanelProps) {
  const blockers = clientBlockers(plan);
  const serverCount = plan.readiness.blockers.length;
  return (
    <section aria-labelledby="readiness-heading" className="margin-top-4">
      <h2 id="readiness-heading">Readiness</h2>
      <div aria-live="polite">
        {blockers.length === 0 ? (
          <Alert type="success" slim>
            <p className="usa-alert__text">Ready for review: nothing blocks submission.</p>
          </Alert>
        ) : (
          <>
            <p>
              {blockers.length === 1 ? '1 thing blocks' : `${blockers.length} things block`} submission for review:
            </p>
            <ul className="usa-list" aria-label="Readiness blockers">
              {blockers.map((blocker, index) => (
                <li key={`${blocker.code}-${blocker.entityId ?? ''}-${index}`} data-code={blocker.code}>
                  <Link to={blockerHref(plan.id, blocker)} className="usa-link">
                    {blocker.message}
                  </Link>
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
      <p className="font-body-3xs text-base margin-top-2">
        Revision {plan.revision} · content hash <code title={plan.contentHash}>{plan.contentHash.slice(0, 12)}</code>
      </p>
    </section>
  );
}
