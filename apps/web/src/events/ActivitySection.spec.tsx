import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PAGE_SIZES } from '@jointops/domain';
import { PlanActivityDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { CBP, cachedPlan, objective, planEvent } from '../live/live-fixtures';
import { InWorkspace, renderWithProviders } from '../test/render';
import { REQUEST_REFUSED_MESSAGE } from '../shared/errors';
import { ActivitySection } from './ActivitySection';

const LAST_SEQ = 30;

/** An objective added at `seq`, as the history query returns it (every node alias present). */
const added = (seq: number) => ({
  ...planEvent(seq, 'OBJECTIVE_ADDED', 'OBJECTIVE', `o${seq}`, objective(`o${seq}`, seq - 1, `Objective number ${seq}`)),
  approvalNode: { __typename: 'Objective' },
  debriefNode: { __typename: 'Objective' },
  reportNode: { __typename: 'Objective' },
});

const page = (beforeSeq: number, seqs: number[] | null, errors?: GraphQLError[]) => ({
  request: { query: PlanActivityDocument, variables: { id: 'p1', beforeSeq, limit: PAGE_SIZES.activity } },
  result: errors ? { errors } : { data: { plan: { __typename: 'Plan', id: 'p1', lastSeq: LAST_SEQ, events: (seqs ?? []).map(added) } } },
});

function renderSection(mocks: ReturnType<typeof page>[], me: { id: string; roles: string[]; agencyId: string } = { id: 'u-maria', roles: ['PLANNER'], agencyId: CBP.id }) {
  const plan = { ...cachedPlan(), lastSeq: LAST_SEQ };
  return renderWithProviders(
    <InWorkspace context={{ plan, me }}>
      <ActivitySection />
    </InWorkspace>,
    { mocks },
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const items = () => within(screen.getByTestId('activity-list')).getAllByRole('listitem');

describe('ActivitySection', () => {
  it("shows the plan's access log below the activity to the lead agency's agency lead only (as the API allows)", async () => {
    const { unmount } = renderSection([page(LAST_SEQ + 1, range(6, LAST_SEQ))], { id: 'u-james', roles: ['AGENCY_LEAD'], agencyId: CBP.id });
    await screen.findByTestId('activity-list');
    expect(screen.getByRole('heading', { level: 2, name: 'Access log' })).toBeTruthy();
    unmount();
    renderSection([page(LAST_SEQ + 1, range(6, LAST_SEQ))], { id: 'u-maria', roles: ['PLANNER'], agencyId: CBP.id });
    await screen.findByTestId('activity-list');
    expect(screen.queryByRole('heading', { name: 'Access log' })).toBeNull();
  });

  it('says what failed and what to do when the server refuses the history, never its own message', async () => {
    const refused = new GraphQLError('Syntax Error: Query Cost limit of 20000 exceeded, found 24817.36.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    renderSection([page(LAST_SEQ + 1, null, [refused])]);
    const alert = await screen.findByTestId('activity-error');
    expect(alert.textContent).toContain('The activity could not be loaded.');
    expect(alert.textContent).toContain(REQUEST_REFUSED_MESSAGE);
    expect(alert.textContent).not.toMatch(/syntax error|cost limit|24817/i);
    expect(screen.queryByRole('button', { name: 'Show older activity' })).toBeNull();
  });

  it(`shows the newest ${PAGE_SIZES.activity} changes, then older ones a page at a time until the first`, async () => {
    renderSection([page(LAST_SEQ + 1, range(6, LAST_SEQ)), page(6, range(1, 5))]);
    await screen.findByTestId('activity-list');
    expect(items()).toHaveLength(PAGE_SIZES.activity);
    expect(items()[0]!.textContent).toContain('Objective number 30');
    fireEvent.click(screen.getByRole('button', { name: 'Show older activity' }));
    await waitFor(() => expect(items()).toHaveLength(LAST_SEQ));
    expect(items()[LAST_SEQ - 1]!.textContent).toContain('Objective number 1');
    expect(screen.queryByRole('button', { name: 'Show older activity' })).toBeNull();
  });

  it('keeps what it has and says so when an older page fails', async () => {
    renderSection([page(LAST_SEQ + 1, range(6, LAST_SEQ)), page(6, null, [new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })])]);
    await screen.findByTestId('activity-list');
    fireEvent.click(screen.getByRole('button', { name: 'Show older activity' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Older activity could not be loaded.');
    expect(alert.textContent).not.toContain('boom');
    expect(items()).toHaveLength(PAGE_SIZES.activity);
  });
});
