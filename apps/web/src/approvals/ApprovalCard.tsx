import { Tag } from '@trussworks/react-uswds';
import { signatureFactorLabel } from '@jointops/domain';
import type { ApprovalFieldsFragment } from '@jointops/web-data';
import type { ReactNode } from 'react';
import { usePlanTime } from '../shared/plan-time';
import { APPROVAL_STATUS_CLASSES, APPROVAL_STATUS_HINTS, APPROVAL_STATUS_LABELS, shortHash } from './approval-labels';

export interface ApprovalCardProps {
  /** With `signers` (the agency's leads) when the section loaded them: named while a decision waits. */
  approval: ApprovalFieldsFragment & { signers?: ReadonlyArray<{ id: string; displayName: string }> };
  /** The signed-in lead's own agency: gets the decision form as `children`. */
  own?: boolean;
  children?: ReactNode;
}

/**
 * One agency's sign-off: status; its signature (who signed for which agency, when, what it meant,
 * with a second factor or the password only); the revision and content hash; and the comment.
 */
export function ApprovalCard({ approval, own = false, children }: ApprovalCardProps) {
  const time = usePlanTime();
  const headingId = `approval-${approval.id}-heading`;
  const hash = shortHash(approval.contentHash);
  // The signature in libs/domain's words, as the PDF prints it; nothing for one signed before they were recorded.
  const factor = signatureFactorLabel(approval.secondFactor);
  return (
    // The lead's own card, with what they sign and the decision form, takes the whole row.
    <li className={`usa-card ${children ? 'grid-col-12' : 'tablet:grid-col-6 desktop:grid-col-6'}`} data-testid={`approval-${approval.agency.shortName}`} data-status={approval.status}>
      <div className={`usa-card__container ${own ? 'border-primary' : ''}`}>
        <div className="usa-card__header">
          <h3 id={headingId} className="usa-card__heading">
            <abbr title={approval.agency.name}>{approval.agency.shortName}</abbr>
            {own ? <span className="usa-sr-only"> (your agency)</span> : null}
          </h3>
          <p className="margin-y-05">
            <Tag className={APPROVAL_STATUS_CLASSES[approval.status]} data-testid="approval-status">
              {APPROVAL_STATUS_LABELS[approval.status]}
            </Tag>
            {/* "Waiting for this agency's lead" would contradict "nobody can sign" below. */}
            {approval.signers?.length === 0 ? null : <span className="margin-left-1 font-body-2xs text-base-dark">{APPROVAL_STATUS_HINTS[approval.status]}</span>}
          </p>
        </div>
        <div className="usa-card__body">
          {approval.decidedAt ? (
            <dl className="margin-y-0 font-body-2xs">
              <Fact term="Signed by">
                <span>{approval.decidedBy?.displayName ?? 'unknown'}</span> ({approval.agency.shortName})
                {factor ? <span data-testid="signature-factor">, {factor}</span> : null}
              </Fact>
              <Fact term="When">
                <time dateTime={approval.decidedAt}>{time.format(approval.decidedAt)}</time>
              </Fact>
              {approval.meaning ? (
                <Fact term="Meaning">
                  <span data-testid="signature-meaning">{approval.meaning}</span>
                </Fact>
              ) : null}
              <Fact term="On revision">{approval.revision ?? '—'}</Fact>
              {hash ? (
                <Fact term="Content hash">
                  <code title={approval.contentHash ?? undefined}>{hash}</code>
                </Fact>
              ) : null}
            </dl>
          ) : (
            <p className="margin-y-0 font-body-2xs text-base-dark">No decision yet.</p>
          )}
          {approval.status === 'PENDING' || approval.status === 'STALE' ? <Signers approval={approval} /> : null}
          {approval.comment ? (
            <blockquote className="margin-x-0 margin-y-1 border-left-05 border-base-light padding-left-1" aria-label="Comment">
              {approval.comment}
            </blockquote>
          ) : null}
          {children}
        </div>
      </div>
    </li>
  );
}

/** Who may sign for the agency now: its agency leads by name, or that nobody can yet. */
function Signers({ approval }: { approval: ApprovalCardProps['approval'] }) {
  const { signers } = approval;
  if (!signers) return null;
  return (
    <p className="margin-y-05 font-body-2xs" data-testid="approval-signers">
      {signers.length === 0 ? (
        <span className="text-secondary-dark">Nobody can sign for {approval.agency.shortName} yet: it has no agency lead.</span>
      ) : (
        <>
          <span className="text-bold">Signs for {approval.agency.shortName}: </span>
          {signers.map((signer) => signer.displayName).join(', ')}
        </>
      )}
    </p>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-bold display-inline">{term}: </dt>
      <dd className="display-inline margin-left-0">{children}</dd>
    </div>
  );
}
