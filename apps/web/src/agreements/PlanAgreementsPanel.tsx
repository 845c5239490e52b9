import { useQuery } from '@apollo/client/react';
import { agreementsInForceBetween, formatTaskForceDay } from '@jointops/domain';
import { Alert } from '@trussworks/react-uswds';
import { PlanAgreementsDocument, type PlanAgreementsQuery } from '@jointops/web-data';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../shared/errors';
import { AGREEMENT_KIND_LABELS } from './agreement-model';

type PlanWithAgreements = NonNullable<PlanAgreementsQuery['plan']>;
type CoveringAgreement = PlanWithAgreements['agreements'][number];

const termsOf = (agreement: CoveringAgreement) => ({ ...agreement, agencyIds: agreement.agencies.map((a) => a.id) });

/**
 * Per participating agency other than the lead, the agreements (between it and the lead) in force for
 * the whole of the plan's window, or, without a window, now, that allow the plan's operation type
 * (any, while it has none); `outOfScope` counts those in force that do not allow it (AGREEMENT_SCOPE).
 */
export function coverageByAgency(plan: PlanWithAgreements, now: number): Array<{ agency: PlanWithAgreements['agencies'][number]; agreements: CoveringAgreement[]; outOfScope: number }> {
  const start = plan.startsAt ?? plan.endsAt ?? now;
  const end = plan.endsAt ?? plan.startsAt ?? now;
  const terms = plan.agreements.map(termsOf);
  return plan.agencies
    .filter((agency) => agency.id !== plan.leadAgency.id)
    .map((agency) => {
      const inForce = agreementsInForceBetween(terms, plan.leadAgency.id, agency.id, start, end);
      const agreements = inForce.filter((agreement) => !plan.operationType || agreement.scope.includes(plan.operationType));
      return { agency, agreements, outOfScope: inForce.length - agreements.length };
    });
}

/**
 * The plan overview's "Authorities and agreements": what officers must follow during the operation,
 * terms in full. `refreshKey` names the agreement blockers the server last reported: when they
 * change (an agreement was recorded, changed or terminated: READINESS_CHANGED), the list is read again.
 */
export function PlanAgreementsPanel({ planId, now, refreshKey = '' }: { planId: string; now?: number; refreshKey?: string }) {
  const { data, loading, error, refetch } = useQuery(PlanAgreementsDocument, { variables: { id: planId } });
  const shownFor = useRef(refreshKey);
  useEffect(() => {
    if (shownFor.current === refreshKey) return;
    shownFor.current = refreshKey;
    void refetch().catch(() => undefined);
  }, [refreshKey, refetch]);
  const plan = data?.plan;
  return (
    <section aria-labelledby="plan-agreements-heading" className="margin-top-4">
      <h2 id="plan-agreements-heading">Authorities and agreements</h2>
      {error && !data ? (
        <Alert type="error" slim role="alert">
          The agreements could not be loaded. {errorMessage(error)}
        </Alert>
      ) : !plan ? (
        loading ? <p role="status">Loading agreements…</p> : null
      ) : (
        <PlanCoverage plan={plan} now={now ?? Date.now()} />
      )}
    </section>
  );
}

function PlanCoverage({ plan, now }: { plan: PlanWithAgreements; now: number }) {
  const coverage = coverageByAgency(plan, now);
  const span = plan.startsAt || plan.endsAt ? 'for the whole operation window' : 'today (the plan has no window yet)';
  if (coverage.length === 0) return <p>Only the lead agency takes part: no agreement between agencies is needed.</p>;
  return (
    <>
      {coverage.map(({ agency, agreements, outOfScope }) => (
        <div key={agency.id} className="margin-top-2" data-testid="agency-coverage">
          <h3>
            {agency.name} ({agency.shortName})
          </h3>
          {agreements.length === 0 ? (
            <Alert type="warning" slim>
              <p className="usa-alert__text">
                {outOfScope > 0
                  ? `No agreement with the lead agency allows this type of operation for ${agency.shortName}.`
                  : `No agreement with the lead agency covers ${agency.shortName} ${span}.`}
              </p>
            </Alert>
          ) : (
            agreements.map((agreement) => (
              <article key={agreement.id} aria-label={agreement.title} className="border-left-05 border-primary padding-left-2 margin-bottom-2">
                <h4 className="margin-bottom-05">
                  <Link to={`/agreements/${agreement.id}`}>{agreement.title}</Link>
                </h4>
                <p className="margin-top-0 font-body-2xs text-base-dark">
                  {AGREEMENT_KIND_LABELS[agreement.kind]}, in force from {formatTaskForceDay(agreement.effectiveFrom)}
                  {agreement.expiresOn ? ` to ${formatTaskForceDay(agreement.expiresOn)}` : ', open-ended'}
                </p>
                <h5 className="margin-bottom-0">Data-sharing terms</h5>
                <p className="text-pre-wrap margin-top-05">{agreement.dataSharingTerms}</p>
              </article>
            ))
          )}
        </div>
      ))}
    </>
  );
}
