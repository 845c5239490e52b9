import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { DebriefSectionDocument, SubmitDebriefDocument, type DebriefFieldsFragment } from '@jointops/web-data';
import { recordApplied, resetLiveMemory } from '../live/live-memory';
import { planEvent } from '../live/live-fixtures';
import { InWorkspace, renderWithProviders, type RenderOptions } from '../test/render';
import { DebriefSection } from './DebriefSection';
import { pause } from '../test/pause';

const ME = { id: 'u-tom', roles: ['OFFICER'], agencyId: 'a-wcso' };
const PLAN = { id: 'p1', status: 'ACTIVE', startsAt: '2025-04-17T10:00:00Z', endsAt: '2025-04-17T22:00:00Z', leadAgency: { id: 'a-ncshp' }, agencies: [{ id: 'a-ncshp' }, { id: 'a-wcso' }, { id: 'a-hsi' }] };
const OBJECTIVES = [{ __typename: 'Objective', id: 'o1', title: 'Screen vehicles', successCriteria: 'All inspected', position: 0 }];

const alexSubmitted = {
  __typename: 'Debrief',
  id: 'd-alex',
  version: 3,
  status: 'SUBMITTED',
  submittedAt: '2025-04-18T10:00:00Z',
  author: { __typename: 'User', id: 'u-alex', displayName: 'Alex Chen' },
  agency: { __typename: 'Agency', id: 'a-hsi', shortName: 'ICE HSI', name: 'Homeland Security Investigations' },
  outcomes: [{ __typename: 'ObjectiveOutcome', objective: { __typename: 'Objective', id: 'o1', title: 'Screen vehicles' }, outcome: 'MET', notes: '' }],
  incidents: [],
  strengths: ['Fast checks'],
  improvements: [],
  narrative: '',
  lastStep: 5,
} as unknown as DebriefFieldsFragment;

const answer = (debriefs: DebriefFieldsFragment[]) => ({ data: { plan: { __typename: 'Plan', id: 'p1', status: 'ACTIVE', activatedAt: '2025-04-17T06:00:00Z', completedAt: null, objectives: OBJECTIVES, debriefs } } });

function renderSection(results: Array<ReturnType<typeof answer>>, more: NonNullable<RenderOptions['mocks']> = [], plan: typeof PLAN = PLAN) {
  const mocks = [...results.map((result) => ({ request: { query: DebriefSectionDocument, variables: { id: 'p1' } }, result })), ...more];
  const context = { plan, me: ME };
  return renderWithProviders(
    <InWorkspace context={context}>
      <DebriefSection />
    </InWorkspace>,
    { mocks, route: '/plans/p1/debrief' },
  );
}

describe('DebriefSection', () => {
  beforeEach(() => resetLiveMemory());

  it("says only what a member can know of the others' debriefs: drafts stay with their authors", async () => {
    renderSection([answer([])]);
    expect((await screen.findByTestId('no-other-debriefs')).textContent).toBe('No one else has submitted a debrief yet. Until submitted, a draft is read only by its author and oversight.');
    expect(screen.queryByText('No one else has started a debrief yet.')).toBeNull();
  });

  it("refetches when a live DEBRIEF event of someone else's debrief arrives, even one whose node is withheld", async () => {
    renderSection([answer([]), answer([alexSubmitted])]);
    await screen.findByTestId('no-other-debriefs');
    // Another member's debrief event, its node withheld (a draft, DESIGN §8): not a removal, but a reason to look again.
    act(() => recordApplied('p1', { event: planEvent(12, 'DEBRIEF_SUBMITTED', 'DEBRIEF', 'd-alex', null), node: null, previous: null }));
    expect(await screen.findByText('Alex Chen · ICE HSI · Submitted')).toBeTruthy();
    expect(screen.queryByTestId('no-other-debriefs')).toBeNull();
  });

  it('says "Resuming your saved draft" only for a draft saved before the section opened, not after each save of this visit', async () => {
    const tomsDraft = { ...alexSubmitted, id: 'd-tom', status: 'DRAFT', submittedAt: null, author: { __typename: 'User', id: 'u-tom', displayName: 'Tom Hargrove' }, agency: { __typename: 'Agency', id: 'a-wcso', shortName: 'WCSO', name: "Wake County Sheriff's Office" }, lastStep: 1 } as unknown as DebriefFieldsFragment;
    renderSection([answer([]), answer([tomsDraft, alexSubmitted])]);
    await screen.findByTestId('no-other-debriefs');
    // Tom saved his first step, Alex submitted: the section reads the debriefs again and now holds Tom's draft.
    act(() => recordApplied('p1', { event: planEvent(13, 'DEBRIEF_SUBMITTED', 'DEBRIEF', 'd-alex', null), node: null, previous: null }));
    expect(await screen.findByText('Alex Chen · ICE HSI · Submitted')).toBeTruthy();
    expect(screen.queryByTestId('resuming')).toBeNull();
  });

  it('says once that a just-submitted debrief can no longer be changed, with focus on the heading', async () => {
    const tom = { __typename: 'User', id: 'u-tom', displayName: 'Tom Hargrove' };
    const wcso = { __typename: 'Agency', id: 'a-wcso', shortName: 'WCSO', name: "Wake County Sheriff's Office" };
    // Tom's draft, saved at the review step (the last of six).
    const draft = { ...alexSubmitted, id: 'd-tom', version: 4, status: 'DRAFT', submittedAt: null, author: tom, agency: wcso, lastStep: 5 } as unknown as DebriefFieldsFragment;
    const submitted = { ...draft, version: 5, status: 'SUBMITTED', submittedAt: '2025-04-18T11:00:00Z' };
    renderSection([answer([draft])], [{ request: { query: SubmitDebriefDocument, variables: { id: 'd-tom', expectedVersion: 4 } }, result: { data: { submitDebrief: submitted } } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Submit debrief' }));
    await waitFor(() => expect(screen.getByText('Debrief submitted. It can no longer be changed.')).toBeTruthy());
    expect(screen.getAllByText(/can no longer be changed/)).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Debrief', level: 2 })));
  });

  it('says a debrief submitted before this visit can no longer be changed, once, without news of a submission', async () => {
    const mine = { ...alexSubmitted, id: 'd-tom', author: { __typename: 'User', id: 'u-tom', displayName: 'Tom Hargrove' } } as unknown as DebriefFieldsFragment;
    renderSection([answer([mine])]);
    expect(await screen.findByText('Your debrief, submitted. It can no longer be changed.')).toBeTruthy();
    expect(screen.getAllByText(/can no longer be changed/)).toHaveLength(1);
    // What its author typed wraps, a long unbroken string too (the shared user-text rule).
    expect(screen.getByText('Fast checks').closest('.jo-user-text')).not.toBeNull();
  });

  it('does not refetch for events of other kinds', async () => {
    renderSection([answer([]), answer([alexSubmitted])]);
    await screen.findByTestId('no-other-debriefs');
    act(() => recordApplied('p1', { event: planEvent(12, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o1', null), node: null, previous: null }));
    await pause(600);
    expect(screen.getByTestId('no-other-debriefs')).toBeTruthy();
  });
  it('tells the author whose draft was never submitted, once the plan is closed, that the report leaves it out, and shows it', async () => {
    const tom = { __typename: 'User', id: 'u-tom', displayName: 'Tom Hargrove' };
    const wcso = { __typename: 'Agency', id: 'a-wcso', shortName: 'WCSO', name: "Wake County Sheriff's Office" };
    const draft = { ...alexSubmitted, id: 'd-tom', status: 'DRAFT', submittedAt: null, author: tom, agency: wcso, strengths: ['Radio checks on time'], lastStep: 2 } as unknown as DebriefFieldsFragment;
    renderSection([answer([draft, alexSubmitted])], [], { ...PLAN, status: 'CLOSED' });
    expect((await screen.findByTestId('draft-not-filed')).textContent).toContain('never submitted');
    expect(screen.getByText('Radio checks on time')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit debrief' })).toBeNull();
    expect(screen.queryByText('Debriefs are filed while the plan is active or completed.')).toBeNull();
  });
});
