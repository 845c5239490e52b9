import { taskForceDayOf } from '@jointops/domain';
import { screen, within } from '@testing-library/react';
import { MeDocument, MyWorkDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';

const CBP = { __typename: 'Agency' as const, id: 'a-cbp', shortName: 'CBP' };

function plan(id: string, title: string, status = 'IN_REVIEW', revision = 7) {
  return { __typename: 'Plan' as const, id, title, status, revision, startsAt: null, endsAt: null, timeZone: 'America/New_York', updatedAt: '2027-01-10T10:00:00Z', leadAgency: CBP };
}

const EMPTY = { __typename: 'MyWork' as const, awaitingDecision: [], staleSignOffs: [], debriefsOwed: [], correctiveActions: [], editing: [], assignedOperations: [], reportsToFinish: [] };

function render(me: object, myWork: object) {
  return renderWithProviders(<App />, {
    route: '/home',
    store: signedInStore(),
    mocks: [
      { request: { query: MeDocument }, result: { data: { me } } },
      { request: { query: MyWorkDocument }, result: { data: { myWork: { ...EMPTY, ...myWork } } } },
    ],
  });
}

const LEAD = { ...MARIA, roles: ['AGENCY_LEAD'] };
const OFFICER = { ...MARIA, roles: ['OFFICER'] };

describe('MyWorkPage', () => {
  it("puts the operations under way in which the user holds a role first, each linking to its activity log", async () => {
    const active = { ...plan('p7', 'Operation Night Watch', 'ACTIVE'), lastSeq: 40, startsAt: '2027-03-03T10:00:00Z', endsAt: '2027-03-03T22:00:00Z' };
    const justCompleted = { ...plan('p8', 'Operation Clear Lanes', 'COMPLETED'), lastSeq: 90 };
    render(OFFICER, { assignedOperations: [active, justCompleted] });
    const operations = await screen.findByTestId('work-operations', {}, { timeout: 10_000 });
    expect(within(operations).getByRole('heading', { name: 'Operations under way (1)' })).toBeTruthy();
    expect(within(operations).getByRole('link', { name: 'Operation Night Watch' }).getAttribute('href')).toBe('/plans/p7/operation');
    expect(within(operations).getByText(/Keep the activity log and record actual times\. Window: /)).toBeTruthy();
    // A completed one is for its debrief, not its log.
    expect(within(operations).queryByRole('link', { name: 'Operation Clear Lanes' })).toBeNull();
    expect(screen.getByText('1 item waits for you.')).toBeTruthy();
    // It comes before the other lists.
    const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sections[0]).toBe('Operations under way (1)');
  });

  it('lists no operations under way when there are none', async () => {
    render(OFFICER, {});
    await screen.findByTestId('work-debriefs', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('work-operations')).toBeNull();
  });

  it('links each item to the exact place to act on it', async () => {
    render(LEAD, {
      awaitingDecision: [{ __typename: 'MyWorkDecision', plan: plan('p1', 'Operation Harbor Light'), approval: { __typename: 'Approval', id: 'ap1', status: 'PENDING' } }],
      staleSignOffs: [
        { __typename: 'MyWorkDecision', plan: plan('p2', 'Operation Quiet Road', 'IN_REVIEW', 9), approval: { __typename: 'Approval', id: 'ap2', status: 'STALE', revision: 5, decidedAt: '2027-01-01T10:00:00Z' } },
      ],
      debriefsOwed: [
        { __typename: 'MyWorkDebrief', plan: plan('p3', 'Operation Safe Passage', 'ACTIVE'), draft: { __typename: 'Debrief', id: 'd1', status: 'DRAFT' } },
        { __typename: 'MyWorkDebrief', plan: plan('p4', 'Operation Clear Lanes', 'COMPLETED'), draft: null },
      ],
      correctiveActions: [
        {
          __typename: 'MyWorkAction',
          overdue: true,
          plan: plan('p5', 'Operation Old Bridge', 'CLOSED'),
          action: { __typename: 'CorrectiveAction', id: 'ca1', title: 'Stage interpreters', dueDate: '2027-01-01T00:00:00Z', status: 'OPEN', ownerAgency: CBP },
        },
      ],
      editing: [plan('p6', 'Operation New Dawn', 'DRAFT', 3)],
    });

    const decisions = await screen.findByTestId('work-decisions', {}, { timeout: 10_000 });
    expect(within(decisions).getByRole('heading', { name: 'Awaiting your decision (1)' })).toBeTruthy();
    expect(within(decisions).getByRole('link', { name: 'Operation Harbor Light' }).getAttribute('href')).toBe('/plans/p1/approvals');
    expect(within(decisions).getByText(/Approve or reject revision 7 for CBP/)).toBeTruthy();

    const stale = screen.getByTestId('work-stale');
    expect(within(stale).getByRole('link', { name: 'Operation Quiet Road' }).getAttribute('href')).toBe('/plans/p2/approvals');
    expect(within(stale).getByText(/You approved revision 5; the plan is now at revision 9/)).toBeTruthy();

    const debriefs = screen.getByTestId('work-debriefs');
    expect(within(debriefs).getByRole('link', { name: 'Operation Safe Passage' }).getAttribute('href')).toBe('/plans/p3/debrief');
    expect(within(debriefs).getByText(/Resume your draft debrief/)).toBeTruthy();
    expect(within(debriefs).getByText(/Write and submit your debrief/)).toBeTruthy();

    const actions = screen.getByTestId('work-actions');
    expect(within(actions).getByRole('heading', { name: 'Corrective actions CBP owns (1)' })).toBeTruthy();
    expect(within(actions).getByRole('link', { name: 'Stage interpreters' }).getAttribute('href')).toBe('/corrective-actions?agency=a-cbp&overdue=1');
    expect(within(actions).getByText('Overdue')).toBeTruthy();
    expect(within(actions).getByText(/Update its status on Corrective actions\./)).toBeTruthy();

    const editing = screen.getByTestId('work-editing');
    expect(within(editing).getByRole('link', { name: 'Operation New Dawn' }).getAttribute('href')).toBe('/plans/p6');
    expect(screen.getByText('6 items wait for you.')).toBeTruthy();
  });

  it("says what there is to do when a list is empty, and shows only the lists the user's roles can fill", async () => {
    render(OFFICER, {});
    expect(await screen.findByText('Nothing waits for you right now.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(within(await screen.findByTestId('work-debriefs', {}, { timeout: 10_000 })).getByText(/You owe no debriefs. When an operation you take part in is active or completed/)).toBeTruthy();
    expect(within(screen.getByTestId('work-actions')).getByText('Nothing CBP owns is overdue or due in the next 14 days.')).toBeTruthy();
    // An officer neither decides nor builds plans, nor writes the report.
    expect(screen.queryByTestId('work-decisions')).toBeNull();
    expect(screen.queryByTestId('work-editing')).toBeNull();
    expect(screen.queryByTestId('work-reports')).toBeNull();
  });

  it("lists the completed operations whose after-action report the planner's agency owes, each linking to its report", async () => {
    render(MARIA, { reportsToFinish: [plan('p9', 'Operation Harbor Light', 'COMPLETED')] });
    const reports = await screen.findByTestId('work-reports', {}, { timeout: 10_000 });
    expect(within(reports).getByRole('heading', { name: 'After-action reports to finish (1)' })).toBeTruthy();
    expect(within(reports).getByRole('link', { name: 'Operation Harbor Light' }).getAttribute('href')).toBe('/plans/p9/report');
    expect(within(reports).getByText(/then finalize it: that closes the plan\./)).toBeTruthy();
    expect(screen.getByText('1 item waits for you.')).toBeTruthy();
  });

  it('offers a planner with no drafts a way to start one', async () => {
    render(MARIA, {});
    const editing = await screen.findByTestId('work-editing', {}, { timeout: 10_000 });
    expect(within(editing).getByRole('link', { name: 'Start a new plan' }).getAttribute('href')).toBe('/plans/new');
  });
  it("tells an officer who updates the agency's actions, instead of asking them to", async () => {
    const action = { __typename: 'CorrectiveAction', id: 'ca1', title: 'Stage interpreters', dueDate: '2027-01-01T00:00:00Z', status: 'OPEN', ownerAgency: { __typename: 'Agency', id: 'a-cbp', shortName: 'CBP' } };
    render(OFFICER, { correctiveActions: [{ __typename: 'MyWorkAction', overdue: true, plan: plan('p5', 'Operation Old Bridge', 'CLOSED'), action }] });
    const actions = await screen.findByTestId('work-actions', {}, { timeout: 10_000 });
    expect(within(actions).getByText(/CBP's planners and leads update its status\./)).toBeTruthy();
    expect(within(actions).queryByText(/Update its status/)).toBeNull();
    // Shown to read, not counted as waiting on them.
    expect(screen.getByText('Nothing waits for you right now.')).toBeTruthy();
  });

  it('tags an action due today "Due today", one due later "Due soon"', async () => {
    const today = `${taskForceDayOf(new Date())}T00:00:00Z`;
    const later = new Date(Date.parse(today) + 5 * 86_400_000).toISOString();
    const item = (id: string, title: string, dueDate: string) => ({ __typename: 'MyWorkAction', overdue: false, plan: plan('p5', 'Operation Old Bridge', 'CLOSED'), action: { __typename: 'CorrectiveAction', id, title, dueDate, status: 'OPEN', ownerAgency: CBP } });
    render(MARIA, { correctiveActions: [item('ca1', 'Stage interpreters', today), item('ca2', 'Fix radio plan', later)] });
    const actions = await screen.findByTestId('work-actions', {}, { timeout: 10_000 });
    const [first, second] = within(actions).getAllByRole('listitem');
    expect(within(first!).getByText('Due today')).toBeTruthy();
    expect(within(second!).getByText('Due soon')).toBeTruthy();
  });
});
