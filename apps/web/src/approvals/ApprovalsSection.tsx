import { Alert } from '@trussworks/react-uswds';
import { ApprovalsSectionDocument, type ApprovalsSectionPlanFragment } from '@jointops/web-data';
import { useState } from 'react';
import { focusWhenShown } from '../shared/focus';
import { approvalCount } from '../plans/permissions';
import { useWorkspace } from '../plans/workspace-context';
import { useSectionPlan, type SectionPlan } from '../plans/useSectionPlan';
import type { WorkspaceMe } from '../plans/workspace-types';
import { planCan } from '../shared/permissions/useCan';
import { ApprovalCard } from './ApprovalCard';
import { ChangesSince } from './ChangesSince';
import { DecisionForm } from './DecisionForm';
import { SigningSummary } from './SigningSummary';

/** What the approvals section shows: the workspace plan, with the names "what changed" gives items. */
export type ApprovalsPlan = SectionPlan<ApprovalsSectionPlanFragment>;

/** `/plans/:id/approvals`: the workspace plan and the section's own query (the items' names). */
export function ApprovalsSection() {
  const { me } = useWorkspace();
  const { plan, fallback } = useSectionPlan(ApprovalsSectionDocument, 'the approvals');
  return plan ? <ApprovalsView plan={plan} me={me} /> : fallback;
}

/**
 * One card per participating agency. The lead of an agency decides on their own card while the
 * plan is in review, and sees what changed since they last decided. Live events keep the cards
 * current (an edit elsewhere turns approvals stale on every open screen).
 */
export function ApprovalsView({ plan, me }: { plan: ApprovalsPlan; me: WorkspaceMe }) {
  const [conflictFrom, setConflictFrom] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A notice about a decision ("You approved revision 38") is dropped once the plan moves on.
  const [noticeRevision, setNoticeRevision] = useState(plan.revision);
  if (noticeRevision !== plan.revision) {
    setNoticeRevision(plan.revision);
    setNotice(null);
  }
  const approvals = [...plan.approvals].sort((a, b) => Number(b.agency.id === me.agencyId) - Number(a.agency.id === me.agencyId));
  const own = plan.approvals.find((approval) => approval.agency.id === me.agencyId) ?? null;
  const may = planCan(me, plan);
  const { approved, total } = approvalCount(plan);

  // What the lead last decided on (or was reviewing when the plan moved), if the plan has moved since.
  const decidedOn = own?.revision ?? null;
  const candidates = [decidedOn, conflictFrom].filter((r): r is number => r !== null && r < plan.revision);
  const diffFrom = may.who('approval.decide') && candidates.length > 0 ? Math.min(...candidates) : null;
  // The lead who may decide now sees the changes inside "What you are signing", above Approve.
  const decidesNow = own !== null && may('approval.decide', { agencyId: own.agency.id });
  const changesSince = (inside: boolean) =>
    diffFrom !== null ? <ChangesSince planId={plan.id} fromRevision={diffFrom} currentRevision={plan.revision} plan={plan} headingLevel={inside ? 'h5' : 'h3'} /> : null;

  return (
    <section aria-labelledby="approvals-heading">
      <h2 id="approvals-heading" className="margin-top-0">
        Approvals
      </h2>
      <div aria-live="polite">
        {notice ? (
          <Alert id="decision-notice" type="success" slim className="margin-bottom-2" data-testid="decision-notice">
            <p className="usa-alert__text">{notice}</p>
          </Alert>
        ) : null}
      </div>
      {plan.status === 'DRAFT' && approvals.length === 0 ? (
        <Alert type="info" slim>
          <p className="usa-alert__text">
            Approvals open when the plan is submitted for review. Then the lead of every participating agency approves — or rejects — the same revision.
          </p>
        </Alert>
      ) : (
        <>
          <p role="status" aria-live="polite" className="margin-top-0" data-testid="approvals-summary">
            {total === 0
              ? 'No approvals yet.'
              : `${approved} of ${total} ${total === 1 ? 'agency has' : 'agencies have'} approved revision ${plan.revision}.`}
            {plan.status === 'DRAFT' ? ' The plan was sent back to draft; approvals open again when it is resubmitted.' : null}
          </p>
          <ul className="usa-card-group" aria-label="Approvals by agency">
            {approvals.map((approval) => {
              const mine = approval.agency.id === me.agencyId;
              const decide = mine && may('approval.decide', { agencyId: approval.agency.id });
              const signed = approval.status === 'APPROVED' && approval.revision === plan.revision;
              return (
                <ApprovalCard key={approval.id} approval={approval} own={mine}>
                  {decide ? <SigningSummary plan={plan} signed={signed} changes={changesSince(true)} /> : null}
                  {decide ? (
                    <DecisionForm
                      planId={plan.id}
                      revision={plan.revision}
                      agencyShortName={approval.agency.shortName}
                      approvedThisRevision={signed}
                      blockerCount={plan.readiness.ready ? null : plan.readiness.blockerCount}
                      onConflict={setConflictFrom}
                      onDecided={(message) => {
                        setNotice(message);
                        // The decision's buttons give way: focus goes to what it did, not to the page's start.
                        void focusWhenShown('decision-notice');
                      }}
                    />
                  ) : null}
                </ApprovalCard>
              );
            })}
          </ul>
        </>
      )}
      {decidesNow ? null : changesSince(false)}
    </section>
  );
}
