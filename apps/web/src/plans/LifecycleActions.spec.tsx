import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { CompletePlanDocument } from '@jointops/web-data';
import { approval, CBP, lead, planner, reviewPlan, WCSO } from '../approvals/test-plan';
import { renderWithProviders } from '../test/render';
import { LifecycleActions } from './LifecycleActions';
import { lifecycleOptions } from './permissions';
import type { WholePlan } from '../live/live-fixtures';
import type { WorkspacePlan } from './workspace-types';

// The header counts the server's blockers (it does not load the content the rules read).
const blockedDraft = (): WorkspacePlan =>
  reviewPlan({
    status: 'DRAFT',
    approvals: [],
    objectives: [],
    roles: [],
    readiness: { ready: false, blockerCount: 2, accountabilityBlockers: [], warnings: [] },
  });

describe('lifecycleOptions', () => {
  it('offers submit to lead-agency planners and leads of a draft, disabled while blockers remain', () => {
    expect(lifecycleOptions(reviewPlan({ status: 'DRAFT' }), planner(CBP), 0)).toEqual([{ action: 'submit', disabledReason: null }, ]);
    expect(lifecycleOptions(reviewPlan({ status: 'DRAFT' }), planner(CBP), 3)).toEqual([{ action: 'submit', disabledReason: 'Resolve the 3 blockers first.' }]);
    expect(lifecycleOptions(reviewPlan({ status: 'DRAFT' }), planner(WCSO), 0)).toEqual([]);
    expect(lifecycleOptions(reviewPlan({ status: 'DRAFT' }), lead(CBP), 1).map((o) => [o.action, o.disabledReason])).toEqual([
      ['submit', 'Resolve the blocker first.'],
      ['cancel', null],
    ]);
  });

  it('offers activate, complete and cancel only to the lead agency’s agency lead, per status', () => {
    const actions = (status: string, me = lead(CBP)) => lifecycleOptions(reviewPlan({ status } as Partial<WholePlan>), me, 0).map((o) => o.action);
    expect(actions('APPROVED')).toEqual(['activate', 'cancel']);
    expect(actions('ACTIVE')).toEqual(['complete']);
    expect(actions('COMPLETED')).toEqual([]);
    expect(actions('CANCELLED')).toEqual([]);
    expect(actions('APPROVED', lead(WCSO))).toEqual([]);
    expect(actions('APPROVED', planner(CBP))).toEqual([]);
    expect(actions('ACTIVE', { id: 'o', roles: ['OVERSIGHT'], agencyId: 'a-ig' })).toEqual([]);
  });

  it('shows activate disabled, with the approval count, while in review', () => {
    const options = lifecycleOptions(reviewPlan({ approvals: [approval(CBP, 'APPROVED', 12), approval(WCSO, 'STALE', 10)] }), lead(CBP), 0);
    expect(options).toEqual([
      { action: 'activate', disabledReason: 'Every agency must approve the current revision first (1/2 approved).' },
      { action: 'cancel', disabledReason: null },
    ]);
  });
});

describe('LifecycleActions', () => {
  it('shows nothing to users who may not act', () => {
    renderWithProviders(<LifecycleActions plan={reviewPlan({ status: 'APPROVED' })} me={lead(WCSO)} />);
    expect(screen.queryByTestId('lifecycle-actions')).toBeNull();
  });

  it('disables submit with the server\'s blocker count, linking to the readiness panel', () => {
    renderWithProviders(<LifecycleActions plan={blockedDraft()} me={planner(CBP)} />);
    const button = screen.getByRole('button', { name: 'Submit for review' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const reason = screen.getByTestId('submit-disabled-reason');
    expect(reason.textContent).toBe('Resolve the 2 blockers first.');
    expect(within(reason).getByRole('link').getAttribute('href')).toBe('/plans/p1/overview#readiness-heading');
    expect(button.getAttribute('aria-describedby')).toBe(reason.id);
  });

  it('enables submit when the plan is ready', () => {
    renderWithProviders(<LifecycleActions plan={reviewPlan({ status: 'DRAFT', approvals: [] })} me={planner(CBP)} />);
    expect((screen.getByRole('button', { name: 'Submit for review' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks before activating', () => {
    renderWithProviders(<LifecycleActions plan={reviewPlan({ status: 'APPROVED' })} me={lead(CBP)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Activate' }));
    const confirm = screen.getByRole('group', { name: 'Confirm: Activate' });
    expect(within(confirm).getByRole('button', { name: 'Yes, activate' })).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('group', { name: 'Confirm: Activate' })).toBeNull();
  });

  it('asks for a reason before cancelling', () => {
    renderWithProviders(<LifecycleActions plan={reviewPlan({ status: 'APPROVED' })} me={lead(CBP)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel plan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel plan' }));
    expect(screen.getByText('Give the reason for cancelling.')).toBeTruthy();
  });

  it('after "Yes, complete operation" moves focus to what happened, not back to the page', async () => {
    const complete = { request: { query: CompletePlanDocument, variables: { planId: 'p1' } }, result: { data: { completePlan: reviewPlan({ status: 'COMPLETED' }) } } };
    renderWithProviders(<LifecycleActions plan={reviewPlan({ status: 'ACTIVE' })} me={lead(CBP)} />, { mocks: [complete] });
    fireEvent.click(screen.getByRole('button', { name: 'Complete operation' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, complete operation' })));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, complete operation' }));
    const done = await screen.findByText('The operation is complete: the activity log is closed, and the debriefs still owed are due.');
    await waitFor(() => expect(document.activeElement).toBe(done.closest('.usa-alert')));
    expect(screen.queryByRole('group', { name: 'Confirm: Complete operation' })).toBeNull();
  });

  it("keeps what happened on screen while the plan is where the step took it, and drops it once the plan moves on", async () => {
    const complete = { request: { query: CompletePlanDocument, variables: { planId: 'p1' } }, result: { data: { completePlan: reviewPlan({ status: 'COMPLETED' }) } } };
    let moveTo: (status: WholePlan['status']) => void = () => undefined;
    function Workspace() {
      const [status, setStatus] = useState<WholePlan['status']>('ACTIVE');
      moveTo = setStatus;
      return <LifecycleActions plan={reviewPlan({ status })} me={lead(CBP)} />;
    }
    renderWithProviders(<Workspace />, { mocks: [complete] });
    fireEvent.click(screen.getByRole('button', { name: 'Complete operation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, complete operation' }));
    const message = 'The operation is complete: the activity log is closed, and the debriefs still owed are due.';
    await screen.findByText(message);
    act(() => moveTo('COMPLETED'));
    expect(screen.getByText(message)).toBeTruthy();
    // The report is finalized elsewhere: the plan is CLOSED, and "complete" is no longer news.
    act(() => moveTo('CLOSED'));
    expect(screen.queryByText(message)).toBeNull();
    expect(screen.queryByTestId('lifecycle-actions')).toBeNull();
  });

  it('offers complete while active', () => {
    renderWithProviders(<LifecycleActions plan={reviewPlan({ status: 'ACTIVE' })} me={lead(CBP)} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Complete operation']);
  });
});
