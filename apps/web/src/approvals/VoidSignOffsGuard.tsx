import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { approvalsVoidedByContentChange, type PlanStatus } from '@jointops/domain';
import type { ApprovalFieldsFragment } from '@jointops/web-data';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { SignOffGuardProvider, type SignOffGuard } from '../shared/sign-off-guard';

export interface VoidSignOffsGuardProps {
  /** The plan as the workspace holds it now (live events keep its approvals current). */
  plan: { status: string; approvals: readonly Pick<ApprovalFieldsFragment, 'status' | 'agency'>[]; leadAgency?: { id: string } | null };
  children: ReactNode;
}

/** "This will void 2 sign-offs (NCSHP, CBP)." */
/** Who must sign again, opening its sentence unless "The plan goes back to review, and" does. */
function leadsOf(count: number, midSentence: boolean): string {
  const leads = count === 1 ? 'that agency’s lead' : 'those agencies’ leads';
  return midSentence ? leads : leads.charAt(0).toUpperCase() + leads.slice(1);
}

export function voidSentence(agencies: readonly string[]): string {
  return `This will void ${agencies.length} ${agencies.length === 1 ? 'sign-off' : 'sign-offs'} (${agencies.join(', ')}).`;
}

/**
 * Every content change in the workspace asks this first (`useSignOffGuard`, from `PlanItemForm` and
 * `useItemAction`). While the plan has current sign-offs that the change would turn stale (the rule
 * is libs/domain's, the API applies the same), a dialog names the agencies and the editor confirms
 * or backs out; otherwise the change goes ahead without a word.
 */
export function VoidSignOffsGuard({ plan, children }: VoidSignOffsGuardProps) {
  const [asking, setAsking] = useState<{ agencies: string[]; answer: (go: boolean) => void } | null>(null);
  const planRef = useRef(plan);
  planRef.current = plan;

  const confirm = useCallback(() => {
    const { status, approvals, leadAgency } = planRef.current;
    // Named the same way every time: the lead agency first, then by short name (not in storage order).
    const lead = (id: string) => (id === leadAgency?.id ? 0 : 1);
    const voided = [...approvalsVoidedByContentChange(status as PlanStatus, approvals)].sort(
      (a, b) => lead(a.agency.id) - lead(b.agency.id) || a.agency.shortName.localeCompare(b.agency.shortName),
    );
    if (voided.length === 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsking({
        agencies: voided.map((approval) => approval.agency.shortName),
        answer: (go) => {
          setAsking(null);
          returnFocus?.focus();
          resolve(go);
        },
      });
    });
  }, []);
  const guard = useMemo<SignOffGuard>(() => ({ confirm }), [confirm]);

  return (
    <SignOffGuardProvider value={guard}>
      {children}
      {asking ? <VoidSignOffsDialog agencies={asking.agencies} reopens={plan.status === 'APPROVED'} onAnswer={asking.answer} /> : null}
    </SignOffGuardProvider>
  );
}

function VoidSignOffsDialog({ agencies, reopens, onAnswer }: { agencies: readonly string[]; reopens: boolean; onAnswer: (go: boolean) => void }) {
  const headingId = useId();
  const textId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const count = agencies.length;

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLButtonElement>('button[data-default]')?.focus();
  }, []);

  // A modal dialog: Escape backs out, Tab stays inside.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onAnswer(false);
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(dialogRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="usa-modal-wrapper is-visible" onKeyDown={onKeyDown}>
      <div className="usa-modal-overlay">
        <div ref={dialogRef} className="usa-modal" role="dialog" aria-modal="true" aria-labelledby={headingId} aria-describedby={textId} data-testid="void-sign-offs-dialog">
          <div className="usa-modal__content">
            <div className="usa-modal__main">
              <h2 id={headingId} className="usa-modal__heading">
                Void {count === 1 ? 'the sign-off' : `${count} sign-offs`}?
              </h2>
              <div id={textId}>
                <p>{voidSentence(agencies)}</p>
                <p>
                  {reopens ? 'The plan goes back to review, and ' : ''}
                  {leadsOf(count, reopens)} must approve the new revision again.
                </p>
              </div>
              <div className="usa-modal__footer">
                <ButtonGroup>
                  <Button type="button" data-default onClick={() => onAnswer(true)}>
                    Void sign-offs and save
                  </Button>
                  <Button type="button" unstyled className="padding-105 text-center" onClick={() => onAnswer(false)}>
                    Cancel
                  </Button>
                </ButtonGroup>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
