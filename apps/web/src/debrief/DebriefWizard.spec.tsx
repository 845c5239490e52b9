import { DEFAULT_TIME_ZONE, toZonedInput } from '@jointops/domain';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DebriefFieldsFragment, DebriefInput } from '@jointops/web-data';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DebriefWizard } from './DebriefWizard';

const objectives = [
  { id: 'o1', title: 'Secure the perimeter', successCriteria: 'No breach' },
  { id: 'o2', title: 'Screen vehicles', successCriteria: '' },
];

function saved(version: number, input: DebriefInput, status: 'DRAFT' | 'SUBMITTED' = 'DRAFT', lastStep = input.lastStep ?? 0): DebriefFieldsFragment {
  return {
    __typename: 'Debrief',
    id: 'd1',
    version,
    status,
    submittedAt: status === 'SUBMITTED' ? '2027-03-02T10:00:00Z' : null,
    author: { __typename: 'User', id: 'u1', displayName: 'Tom Hargrove' },
    agency: { __typename: 'Agency', id: 'a1', shortName: 'WCSO', name: "Wake County Sheriff's Office" },
    outcomes: (input.outcomes ?? []).map((o) => ({ __typename: 'ObjectiveOutcome', objective: { __typename: 'Objective', id: o.objectiveId, title: objectives.find((x) => x.id === o.objectiveId)!.title }, outcome: o.outcome, notes: o.notes ?? '' })),
    incidents: [],
    strengths: input.strengths ?? [],
    improvements: input.improvements ?? [],
    narrative: input.narrative ?? '',
    lastStep,
  } as DebriefFieldsFragment;
}

/** The operation window of the plan: 17 April 2025, 10:00 to 22:00 UTC. */
const window = { startsAt: '2025-04-17T10:00:00Z', endsAt: '2025-04-17T22:00:00Z' };

function setup(draft: DebriefFieldsFragment | null = null) {
  let version = draft?.version ?? 0;
  const onSave = jest.fn(async (input: DebriefInput) => saved(++version, input));
  const onSubmit = jest.fn(async () => saved(version + 1, { outcomes: [] }, 'SUBMITTED'));
  render(<DebriefWizard objectives={objectives} window={window} draft={draft} onSave={onSave} onSubmit={onSubmit} />);
  return { onSave, onSubmit };
}

const HOUR = 3_600_000;
/** `datetime-local` value of an instant on the plan zone's clocks (the wizard renders outside a workspace: the default zone). */
const toLocal = (ms: number) => toZonedInput(new Date(ms).toISOString(), DEFAULT_TIME_ZONE);

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

describe('DebriefWizard', () => {
  it('walks one step per objective, then incidents, strengths, improvements, narrative and review, saving the draft on every step change', async () => {
    const { onSave } = setup();
    expect(screen.getByRole('heading', { name: 'Secure the perimeter' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Met'));
    next();
    await screen.findByRole('heading', { name: 'Screen vehicles' });
    // The first save names no version; later ones name the version the last save returned.
    expect(onSave).toHaveBeenNthCalledWith(1, expect.objectContaining({ outcomes: [{ objectiveId: 'o1', outcome: 'MET', notes: '' }] }), undefined);
    fireEvent.click(screen.getByLabelText('Partially met'));
    next();
    await screen.findByRole('heading', { name: 'Incidents' });
    expect(onSave).toHaveBeenLastCalledWith(expect.anything(), 1);
    next();
    await screen.findByRole('heading', { name: 'Strengths' });
    fireEvent.click(screen.getByRole('button', { name: 'Add a strength' }));
    fireEvent.change(screen.getByLabelText('Strength 1'), { target: { value: 'Clear briefing' } });
    next();
    await screen.findByRole('heading', { name: 'Improvements' });
    // Leaving the incidents step saved too: the furthest step moved on.
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ strengths: ['Clear briefing'], lastStep: 4 }), 3);
    next();
    await screen.findByRole('heading', { name: 'Narrative' });
    next();
    await screen.findByRole('heading', { name: 'Review and submit' });
    expect(screen.queryByTestId('missing-outcomes')).toBeNull();
    expect((screen.getByRole('button', { name: 'Submit debrief' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('refuses "Save and continue" without an outcome: the error summary names it, nothing is saved, the step stays', async () => {
    const { onSave } = setup();
    next();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    const link = screen.getByRole('link', { name: 'Choose an outcome for this objective.' });
    expect(link.getAttribute('href')).toBe('#outcome-o1-MET');
    await waitFor(() => expect(document.activeElement?.contains(summary)).toBe(true));
    expect(screen.getByRole('heading', { name: 'Secure the perimeter' })).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    // Choosing an outcome clears the error; then the step moves on and saves.
    fireEvent.click(screen.getByLabelText('Met'));
    expect(screen.queryByRole('link', { name: 'Choose an outcome for this objective.' })).toBeNull();
    next();
    await screen.findByRole('heading', { name: 'Screen vehicles' });
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('lets Back leave an objective without an outcome', async () => {
    setup(saved(3, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }] }, 'DRAFT', 1));
    expect(screen.getByRole('heading', { name: 'Screen vehicles' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Secure the perimeter' });
  });

  it('keeps submit disabled and names the objectives without an outcome when a resumed draft lacks one', async () => {
    const { onSubmit } = setup(saved(2, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }] }, 'DRAFT', 6));
    await screen.findByRole('heading', { name: 'Review and submit' });
    expect(screen.getByTestId('missing-outcomes').textContent).toContain('Missing: Screen vehicles');
    const submit = screen.getByRole('button', { name: 'Submit debrief' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(submit);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('reviews each incident in full, to whom it was reported included', async () => {
    const draft = saved(2, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'MET' }] }, 'DRAFT', 6);
    const incident = { __typename: 'DebriefIncident', type: 'USE_OF_FORCE', occurredAt: '2025-04-17T14:00:00Z', description: 'Driver resisted at lane 2', reportedTo: 'Sgt. Ames, WCSO internal affairs', location: null };
    setup({ ...draft, incidents: [incident] } as unknown as DebriefFieldsFragment);
    await screen.findByRole('heading', { name: 'Review and submit' });
    const incidents = screen.getByRole('button', { name: 'Change incidents' }).closest('div')!;
    expect(incidents.textContent).toMatch(/Driver resisted at lane 2 \(reported to Sgt\. Ames, WCSO internal affairs\)/);
  });

  it('refuses to leave the incidents step with an incomplete incident', async () => {
    setup(saved(4, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'NOT_MET' }] }));
    next();
    await screen.findByRole('heading', { name: 'Screen vehicles' });
    next();
    await screen.findByRole('heading', { name: 'Incidents' });
    fireEvent.click(screen.getByRole('button', { name: 'Add an incident' }));
    next();
    // Each message shows at its field and, as a link to it, in the summary.
    expect(await screen.findAllByText('Choose the type of incident.')).toHaveLength(2);
    expect(screen.getAllByText('Describe what happened.')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Choose the type of incident.' }).getAttribute('href')).toMatch(/^#incident-\d+-type$/);
    expect(screen.getByRole('heading', { name: 'Incidents' })).toBeTruthy();
  });

  it('moves focus to a new incident’s first field, like strengths and improvements, and back to "Add an incident" after a removal', async () => {
    setup(saved(4, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'NOT_MET' }] }));
    next();
    await screen.findByRole('heading', { name: 'Screen vehicles' });
    next();
    await screen.findByRole('heading', { name: 'Incidents' });
    const add = screen.getByRole('button', { name: 'Add an incident' });
    fireEvent.click(add);
    const first = screen.getByRole('group', { name: 'Incident 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(first).getByLabelText('Type')));
    fireEvent.click(add);
    const second = screen.getByRole('group', { name: 'Incident 2' });
    await waitFor(() => expect(document.activeElement).toBe(within(second).getByLabelText('Type')));
    fireEvent.click(within(second).getByRole('button', { name: 'Remove incident 2' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an incident' })));
    expect(screen.queryByRole('group', { name: 'Incident 2' })).toBeNull();
  });

  it('refuses an incident outside the operation window, 12 hours either side, and names the allowed range', async () => {
    const { onSave } = setup(saved(4, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'NOT_MET' }] }, 'DRAFT', 2));
    await screen.findByRole('heading', { name: 'Incidents' });
    fireEvent.click(screen.getByRole('button', { name: 'Add an incident' }));
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'SAFETY' } });
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Near miss at the ramp' } });
    expect(screen.getByText(/^Within 12 hours of the operation \(its window, or when it ran\): from /)).toBeTruthy();
    // Six months before the window.
    fireEvent.change(screen.getByLabelText(/^When/), { target: { value: toLocal(Date.parse(window.startsAt) - 183 * 24 * HOUR) } });
    next();
    expect(await screen.findByRole('link', { name: 'An incident must fall within 12 hours of the operation: its planned window or the time it ran.' })).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    // Eleven hours before it starts is inside.
    fireEvent.change(screen.getByLabelText(/^When/), { target: { value: toLocal(Date.parse(window.startsAt) - 11 * HOUR) } });
    next();
    await screen.findByRole('heading', { name: 'Strengths' });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ incidents: [expect.objectContaining({ type: 'SAFETY', occurredAt: new Date(Date.parse(window.startsAt) - 11 * HOUR).toISOString() })], lastStep: 3 }), 4);
  });

  it('opens a resumed draft at the furthest step reached, and saves the step as it moves on', async () => {
    const { onSave } = setup(saved(4, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'NOT_MET' }], strengths: ['Clear briefing'] }, 'DRAFT', 3));
    expect(screen.getByRole('heading', { name: 'Strengths' })).toBeTruthy();
    expect((screen.getByLabelText('Strength 1') as HTMLTextAreaElement).value).toBe('Clear briefing');
    next();
    await screen.findByRole('heading', { name: 'Improvements' });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ lastStep: 4 }), 4);
    // Going back keeps the furthest step: nothing changed, so nothing is saved.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Strengths' });
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('resumes a draft and shows the server refusal when submitting fails', async () => {
    const draft = saved(4, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'NOT_MET' }] });
    const onSave = jest.fn();
    const onSubmit = jest.fn(async () => {
      throw Object.assign(new Error('refused'), { errors: [{ message: 'Every objective needs an outcome before submitting.', extensions: { code: 'BAD_USER_INPUT' } }] });
    });
    render(<DebriefWizard objectives={objectives} window={window} draft={{ ...draft, lastStep: 6 }} onSave={onSave} onSubmit={onSubmit} />);
    // The draft was last left at review: it opens there.
    expect(screen.getByRole('heading', { name: 'Review and submit' })).toBeTruthy();
    // Nothing changed since the draft was saved: no save, and submit names the draft's version.
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Submit debrief' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('d1', 4));
    expect((await screen.findByRole('alert')).textContent).toContain('Not submitted.');
  });
  it('offers the author to keep this page\'s version when the draft was saved from their other device, and saves over that version', async () => {
    const draft = saved(3, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }], strengths: [] }, 'DRAFT', 0);
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'Your debrief was saved elsewhere; it is now at version 5.', extensions: { code: 'CONFLICT', currentVersion: 5, current: { id: 'd1', version: 5 } } }] });
    const onSave = jest.fn(async (input: DebriefInput, expectedVersion?: number) => {
      if (expectedVersion === 3) throw conflict;
      return saved(6, input);
    });
    render(<DebriefWizard objectives={objectives} window={window} draft={draft} onSave={onSave} onSubmit={jest.fn()} />);
    fireEvent.click(screen.getByLabelText('Not met'));
    next();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('it was saved from another device or tab since this page opened');
    expect(alert.textContent).not.toContain('Someone changed this');
    // Still on the step, with what was typed.
    expect(screen.getByRole('heading', { name: 'Secure the perimeter' })).toBeTruthy();
    expect((screen.getByLabelText('Not met') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(alert).getByRole('button', { name: 'Keep this page’s version' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ outcomes: [{ objectiveId: 'o1', outcome: 'NOT_MET', notes: '' }] }), 5);
    // The next step change saves over the version just saved.
    next();
    await screen.findByRole('heading', { name: 'Screen vehicles' });
  });
});
