import { fireEvent, screen, within } from '@testing-library/react';
import { DecideApprovalDocument, PlanDiffDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../test/render';
import { ApprovalsView } from './ApprovalsSection';
import { approval, CBP, lead, planner, reviewPlan, WCSO } from './test-plan';

const decideMock = (decision: 'APPROVE' | 'REJECT', comment: string, errors: GraphQLError[]) => ({
  request: { query: DecideApprovalDocument, variables: { planId: 'p1', revision: 12, decision, comment } },
  result: { errors },
});

const card = (shortName: string) => screen.getByTestId(`approval-${shortName}`);

describe('ApprovalsView', () => {
  it('shows one card per agency with status, decider, revision and short hash', () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={planner(CBP)} />);
    const cbp = within(card('CBP'));
    expect(cbp.getByTestId('approval-status').textContent).toBe('Approved');
    expect(cbp.getByText('Lead of CBP')).toBeTruthy();
    expect(cbp.getByText('abcdef012345')).toBeTruthy();
    expect(within(card('WCSO')).getByTestId('approval-status').textContent).toBe('Pending');
    expect(screen.getByTestId('approvals-summary').textContent).toContain('1 of 2 agencies have approved revision 12');
  });

  it('names who may sign while a decision waits, and says so when nobody can', () => {
    const { unmount } = renderWithProviders(<ApprovalsView plan={reviewPlan()} me={planner(CBP)} />);
    expect(within(card('WCSO')).getByTestId('approval-signers').textContent).toBe('Signs for WCSO: Lead of WCSO');
    // Signed on this revision: nothing waits, nobody is named.
    expect(within(card('CBP')).queryByTestId('approval-signers')).toBeNull();
    unmount();
    renderWithProviders(<ApprovalsView plan={reviewPlan({ approvals: [approval(CBP, 'APPROVED', 12), { ...approval(WCSO, 'PENDING'), signers: [] }] })} me={planner(CBP)} />);
    expect(within(card('WCSO')).getByTestId('approval-signers').textContent).toBe('Nobody can sign for WCSO yet: it has no agency lead.');
    expect(within(card('WCSO')).queryByText(/Waiting for/)).toBeNull();
  });

  it('shows each signature: signer and agency, time, what it meant, and whether a second factor was used', () => {
    const older = { ...approval(WCSO, 'APPROVED', 11), meaning: null, secondFactor: null };
    renderWithProviders(<ApprovalsView plan={reviewPlan({ approvals: [approval(CBP, 'APPROVED', 12), older] })} me={planner(CBP)} />);
    const cbp = within(card('CBP'));
    expect(cbp.getByText('Signed by:').nextElementSibling?.textContent).toBe('Lead of CBP (CBP), with a second factor');
    expect(cbp.getByTestId('signature-meaning').textContent).toBe('Approved revision 12 (content hash abcdef01…) on behalf of CBP');
    expect(cbp.getByText('When:')).toBeTruthy();
    // Signed before signatures were recorded: who and when, no meaning, no claim about the factor.
    const wcso = within(card('WCSO'));
    expect(wcso.getByText('Signed by:').nextElementSibling?.textContent).toBe('Lead of WCSO (WCSO)');
    expect(wcso.queryByTestId('signature-meaning')).toBeNull();
    expect(wcso.queryByTestId('signature-factor')).toBeNull();
  });

  it('says "password only" for a signature given without a second factor', () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan({ approvals: [approval(CBP, 'APPROVED', 12), approval(WCSO, 'APPROVED', 12)] })} me={planner(CBP)} />);
    expect(within(card('WCSO')).getByTestId('signature-factor').textContent).toBe(', password only');
  });

  it('gives the decision buttons only to the lead of that agency, on their own card', () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />);
    expect(within(card('WCSO')).getByRole('button', { name: 'Approve revision 12' })).toBeTruthy();
    expect(within(card('WCSO')).getByRole('button', { name: 'Reject' })).toBeTruthy();
    expect(within(card('CBP')).queryByRole('button')).toBeNull();
  });

  it('says what blocks an approval before any password is asked for; Reject stays', () => {
    const plan = reviewPlan({ readiness: { __typename: 'Readiness', ready: false, blockerCount: 2, accountabilityBlockers: [], warnings: [] } } as never);
    renderWithProviders(<ApprovalsView plan={plan} me={lead(WCSO)} />);
    const wcso = within(card('WCSO'));
    expect(wcso.queryByRole('button', { name: 'Approve revision 12' })).toBeNull();
    expect(wcso.getByTestId('approve-not-ready').textContent).toBe(
      'Not ready to approve: 2 blockers stand in the way. A planner clears them on the overview’s Readiness panel. You can still reject the plan with a comment.',
    );
    expect(wcso.getByRole('link', { name: 'overview’s Readiness panel' }).getAttribute('href')).toBe('/plans/p1/overview#readiness-heading');
    expect(wcso.getByRole('button', { name: 'Reject' })).toBeTruthy();
    // With Reject alone, the comment's hint speaks of rejecting only.
    expect(wcso.getByText('Required to reject: say what must change.')).toBeTruthy();
    expect(wcso.queryByText(/Optional when approving/)).toBeNull();
  });

  it('gives no decision buttons to planners, nor to leads outside review', () => {
    const { unmount } = renderWithProviders(<ApprovalsView plan={reviewPlan()} me={planner(WCSO)} />);
    expect(screen.queryByRole('button', { name: /Approve revision/ })).toBeNull();
    unmount();
    renderWithProviders(<ApprovalsView plan={reviewPlan({ status: 'APPROVED' })} me={lead(WCSO)} />);
    expect(screen.queryByRole('button', { name: /Approve revision/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reject' })).toBeNull();
  });

  it('explains that approvals open on submission while the plan is a draft', () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan({ status: 'DRAFT', approvals: [] })} me={lead(CBP)} />);
    expect(screen.getByText(/Approvals open when the plan is submitted for review/)).toBeTruthy();
  });

  it('requires a comment to reject (and sends nothing without one)', async () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText(/a comment is required to reject/)).toBeTruthy();
    expect(screen.getByLabelText(/Comment/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says the plan changed while reviewing on CONFLICT, and shows the changes', async () => {
    const conflict = new GraphQLError('The plan changed', { extensions: { code: 'CONFLICT', currentVersion: 13, current: {} } });
    const diffMock = { request: { query: PlanDiffDocument, variables: { planId: 'p1', fromRevision: 12 } }, result: { data: { planDiff: [] } }, maxUsageCount: 5 };
    renderWithProviders(<ApprovalsView plan={reviewPlan({ revision: 12 })} me={lead(WCSO)} />, { mocks: [decideMock('APPROVE', '', [conflict]), diffMock] });
    fireEvent.click(screen.getByRole('button', { name: 'Approve revision 12' }));
    expect((await screen.findByTestId('decision-error')).textContent).toContain('The plan changed while you were reviewing — review what changed, above, before you decide.');
  });

  it('explains the four-eyes refusal', async () => {
    const forbidden = new GraphQLError('You made the latest change to this plan; another agency lead must approve this revision.', { extensions: { code: 'FORBIDDEN' } });
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [decideMock('APPROVE', '', [forbidden])] });
    fireEvent.click(screen.getByRole('button', { name: 'Approve revision 12' }));
    expect((await screen.findByTestId('decision-error')).textContent).toContain('You made the latest change; another lead must approve.');
  });

  it('lists readiness blockers from INVALID_STATE with links', async () => {
    const invalid = new GraphQLError('The plan is not ready: 1 blocker.', {
      extensions: { code: 'INVALID_STATE', blockers: [{ code: 'NO_OBJECTIVES', message: 'The plan has no objectives.', entityId: null }] },
    });
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [decideMock('APPROVE', '', [invalid])] });
    fireEvent.click(screen.getByRole('button', { name: 'Approve revision 12' }));
    const link = await screen.findByRole('link', { name: 'The plan has no objectives.' });
    expect(link.getAttribute('href')).toBe('/plans/p1/objectives');
  });

  it('shows what changed since a stale decision to that agency’s lead', async () => {
    const diffMock = {
      request: { query: PlanDiffDocument, variables: { planId: 'p1', fromRevision: 10 } },
      result: { data: { planDiff: [{ __typename: 'PlanChange', entityType: 'OBJECTIVE', entityId: 'o1', kind: 'UPDATED', field: 'successCriteria', before: 'Held', after: 'Perimeter held' }] } },
      maxUsageCount: 5,
    };
    renderWithProviders(<ApprovalsView plan={reviewPlan({ approvals: [approval(CBP, 'STALE', 10), approval(WCSO, 'PENDING')] })} me={lead(CBP)} />, { mocks: [diffMock] });
    expect(within(card('CBP')).getByTestId('approval-status').textContent).toBe('Stale');
    const changes = await screen.findByTestId('changes-since');
    expect(within(changes).getByRole('heading', { name: 'What changed since you last decided' })).toBeTruthy();
    expect(await within(changes).findByText('Perimeter held')).toBeTruthy();
    // Inside what the lead signs, above the Approve button.
    expect(within(screen.getByTestId('signing-summary')).getByTestId('changes-since')).toBe(changes);
    expect(changes.compareDocumentPosition(within(card('CBP')).getByRole('button', { name: 'Approve revision 12' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('puts what the lead signs above the Approve button: revision, content hash, the plan in one glance', () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />);
    const summary = within(card('WCSO')).getByRole('region', { name: 'What you are signing' });
    const approve = within(card('WCSO')).getByRole('button', { name: 'Approve revision 12' });
    expect(summary.compareDocumentPosition(approve) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const facts = Object.fromEntries(within(summary).getAllByRole('term').map((term) => [term.textContent?.replace(/: $/, ''), term.nextElementSibling?.textContent]));
    expect(facts['Revision']).toBe('12');
    expect(facts['Plan']).toBe('Operation Safe Passage');
    expect(facts['Window']).toMatch(/^Mar 1, 2027, .+ – Mar 1, 2027, .+$/);
    expect(facts['Agencies']).toBe('CBP (lead), WCSO');
    expect(facts['Content']).toBe('Objectives 1 · Roles 2 · Checklist 0 · Timeline 1 · Resources 2 · Communications 1 · Places 1');
    const hash = within(summary).getByTestId('signing-hash');
    expect(hash.textContent).toBe('ffffffffffff…');
    expect(hash.getAttribute('title')).toBe('f'.repeat(64));
    expect(within(summary).getByRole('button', { name: 'Copy full hash' })).toBeTruthy();
    // Nothing decided before: no changes to show.
    expect(within(summary).queryByTestId('changes-since')).toBeNull();
  });

  it('copies the full content hash', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy full hash' }));
    expect(writeText).toHaveBeenCalledWith('f'.repeat(64));
    expect(await screen.findByText('Copied.')).toBeTruthy();
  });

  it('titles the summary "What you signed" once the lead approved this very revision', () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan({ approvals: [approval(CBP, 'PENDING'), approval(WCSO, 'APPROVED', 12)] })} me={lead(WCSO)} />);
    expect(within(card('WCSO')).getByRole('region', { name: 'What you signed' })).toBeTruthy();
    expect(within(card('WCSO')).queryByRole('button', { name: 'Approve revision 12' })).toBeNull();
  });

  it('shows no signing summary to those who do not decide', () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={planner(WCSO)} />);
    expect(screen.queryByTestId('signing-summary')).toBeNull();
  });
});
