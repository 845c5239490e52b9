import { Button } from '@trussworks/react-uswds';
import { PLAN_PARTS } from '@jointops/domain';
import { useState, type ReactNode } from 'react';
import { formatWindow } from '../plans/plan-format';
import type { WorkspacePlan } from '../plans/workspace-types';
import { shortHash } from './approval-labels';

export interface SigningSummaryProps {
  plan: WorkspacePlan;
  /** The lead approved this very revision already: the summary is of what they signed. */
  signed?: boolean;
  /** "What changed since you last decided", when the lead decided on an earlier revision. */
  changes?: ReactNode;
}

/**
 * Above a lead's Approve button: exactly what an approval signs. The revision and content hash the
 * server stores with the approval, the plan in one glance (title, window, agencies, how many of
 * each part), and, when the lead decided before, what changed since.
 */
export function SigningSummary({ plan, signed = false, changes }: SigningSummaryProps) {
  const hash = plan.contentHash;
  return (
    <section aria-labelledby="signing-summary-heading" className="margin-top-2 bg-base-lightest radius-md padding-2" data-testid="signing-summary">
      <h4 id="signing-summary-heading" className="margin-y-0">
        {signed ? 'What you signed' : 'What you are signing'}
      </h4>
      <dl className="margin-y-1 font-body-2xs">
        <Fact term="Revision">{plan.revision}</Fact>
        <Fact term="Content hash">{hash ? <HashValue hash={hash} /> : 'not computed yet'}</Fact>
        <Fact term="Plan">{plan.title}</Fact>
        <Fact term="Window">{formatWindow(plan.startsAt, plan.endsAt, plan.timeZone)}</Fact>
        <Fact term="Agencies">
          {plan.agencies.map((agency, index) => (
            <span key={agency.id}>
              {index > 0 ? ', ' : ''}
              <abbr title={agency.name}>{agency.shortName}</abbr>
              {agency.id === plan.leadAgency.id ? ' (lead)' : ''}
            </span>
          ))}
        </Fact>
        <Fact term="Content">
          <span data-testid="signing-counts">{PLAN_PARTS.map((part) => `${part.labels.section} ${plan[part.key].length}`).join(' · ')}</span>
        </Fact>
      </dl>
      {changes}
    </section>
  );
}

/** The first 12 characters, the whole hash on hover and in a Copy button. */
function HashValue({ hash }: { hash: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(hash)
      .then(() => setCopied(true))
      .catch(() => undefined);
  };
  return (
    <span className="display-inline-flex flex-align-center flex-wrap">
      <code title={hash} data-testid="signing-hash" className="margin-right-1">
        {shortHash(hash)}…
      </code>
      <Button type="button" unstyled className="font-body-2xs" onClick={copy}>
        Copy full hash
      </Button>
      <span role="status" className="margin-left-1">
        {copied ? 'Copied.' : ''}
      </span>
    </span>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="margin-bottom-05">
      <dt className="text-bold display-inline">{term}: </dt>
      <dd className="display-inline margin-left-0 text-wrap">{children}</dd>
    </div>
  );
}
