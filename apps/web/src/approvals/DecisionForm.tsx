import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { TextField } from '@jointops/ui';
import { DecideApprovalDocument, PlanWorkspaceDocument, type Decision } from '@jointops/web-data';
import { useState } from 'react';
import { Link } from 'react-router';
import { blockerHref } from '../plans/readiness';
import { useSignature } from '../shared/signature/useSignature';
import { decisionErrorOf, type DecisionError } from './decision-errors';

export interface DecisionFormProps {
  planId: string;
  /** The revision the lead is looking at: what an approval signs. */
  revision: number;
  agencyShortName: string;
  /** Already approved this very revision: only a rejection is left to give. */
  approvedThisRevision: boolean;
  /**
   * How many readiness blockers stand in the way of an approval (the server's count), or null when
   * none do: Approve is then replaced by what is missing, before any password is asked for.
   */
  blockerCount?: number | null;
  /** The server said the plan moved on from `revision` (CONFLICT). */
  onConflict: (reviewedRevision: number) => void;
  /** Said above the cards: after a rejection the plan is a draft and this form is gone. */
  onDecided: (message: string) => void;
}

/** "Approve revision N" / "Reject" for the lead's own agency; a rejection needs a comment. */
export function DecisionForm({ planId, revision, agencyShortName, approvedThisRevision, blockerCount = null, onConflict, onDecided }: DecisionFormProps) {
  const client = useApolloClient();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<DecisionError | null>(null);
  const [decide, { loading }] = useMutation(DecideApprovalDocument);
  // A decision is a signature: outside the window the dialog asks for the password, then decides.
  const { sign, dialog } = useSignature();

  // Approve is offered unless this revision is signed already or readiness blocks it; Reject always is.
  const mayApprove = !approvedThisRevision && blockerCount === null;

  const submit = async (decision: Decision) => {
    setFailure(null);
    const text = comment.trim();
    if (decision === 'REJECT' && !text) {
      setCommentError('Say why you reject the plan: a comment is required to reject.');
      document.getElementById('decision-comment')?.focus();
      return;
    }
    setCommentError(null);
    try {
      const outcome = await sign(() => decide({ variables: { planId, revision, decision, comment: text } }));
      if (!outcome.signed) return;
      setComment('');
      onDecided(decision === 'APPROVE' ? `You approved revision ${revision} for ${agencyShortName}.` : `You rejected the plan for ${agencyShortName}; it is back in draft.`);
    } catch (error) {
      const refused = decisionErrorOf(error);
      setFailure(refused);
      if (refused.kind === 'conflict') {
        onConflict(revision);
        void client.refetchQueries({ include: [PlanWorkspaceDocument] }).catch(() => undefined);
      }
    }
  };

  return (
    <>
      <form
        className="margin-top-2"
        aria-label={`Decide for ${agencyShortName}`}
        onSubmit={(event) => {
          event.preventDefault();
          void submit('APPROVE');
        }}
      >
        <TextField
          id="decision-comment"
          label="Comment"
          hint={mayApprove ? 'Optional when approving; required when rejecting.' : 'Required to reject: say what must change.'}
          multiline
          value={comment}
          onChange={(value) => {
            setComment(value);
            if (value.trim()) setCommentError(null);
          }}
          error={commentError}
          disabled={loading}
        />
        {blockerCount !== null && !approvedThisRevision ? <NotReady planId={planId} blockerCount={blockerCount} /> : null}
        <div className="margin-top-2">
          {!mayApprove ? null : (
            <Button type="submit" disabled={loading}>
              Approve revision {revision}
            </Button>
          )}
          <Button type="button" secondary disabled={loading} onClick={() => void submit('REJECT')}>
            Reject
          </Button>
        </div>
        {failure ? <DecisionFailure planId={planId} failure={failure} /> : null}
      </form>
      {dialog}
    </>
  );
}

/** Said instead of Approve while readiness blocks it: the same refusal the server would give, before the password. */
function NotReady({ planId, blockerCount }: { planId: string; blockerCount: number }) {
  const count = blockerCount === 1 ? 'One readiness blocker stands' : `${blockerCount > 1 ? blockerCount : 'Readiness'} blockers stand`;
  return (
    <Alert type="warning" slim className="margin-top-2" data-testid="approve-not-ready">
      <p className="usa-alert__text">
        Not ready to approve: {count} in the way. A planner clears {blockerCount === 1 ? 'it' : 'them'} on the{' '}
        <Link to={`/plans/${planId}/overview#readiness-heading`} className="usa-link">
          overview’s Readiness panel
        </Link>
        . You can still reject the plan with a comment.
      </p>
    </Alert>
  );
}

function DecisionFailure({ planId, failure }: { planId: string; failure: DecisionError }) {
  return (
    <Alert type={failure.kind === 'conflict' ? 'warning' : 'error'} slim role="alert" className="margin-top-2" data-testid="decision-error">
      <p className="usa-alert__text">{failure.message}</p>
      {failure.kind === 'blockers' ? (
        <ul className="usa-list" aria-label="What blocks approval">
          {failure.blockers.map((blocker, index) => (
            <li key={`${blocker.code}-${blocker.entityId ?? ''}-${index}`}>
              <Link to={blockerHref(planId, blocker as Parameters<typeof blockerHref>[1])} className="usa-link">
                {blocker.message}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
