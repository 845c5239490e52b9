import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DebriefFieldsFragment, DebriefInput } from '@jointops/web-data';
import { DebriefWizard } from './DebriefWizard';

const objectives = [
  { id: 'o1', title: 'Secure the perimeter', successCriteria: 'No breach' },
  { id: 'o2', title: 'Screen vehicles', successCriteria: '' },
];

function saved(version: number, input: DebriefInput, status: 'DRAFT' | 'SUBMITTED' = 'DRAFT'): DebriefFieldsFragment {
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
  } as DebriefFieldsFragment;
}

function setup(draft: DebriefFieldsFragment | null = null) {
  let version = draft?.version ?? 0;
  const onSave = jest.fn(async (input: DebriefInput) => saved(++version, input));
  const onSubmit = jest.fn(async () => saved(version + 1, { outcomes: [] }, 'SUBMITTED'));
  render(<DebriefWizard objectives={objectives} draft={draft} onSave={onSave} onSubmit={onSubmit} />);
  return { onSave, onSubmit };
}

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
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ strengths: ['Clear briefing'] }), 2);
    next();
    await screen.findByRole('heading', { name: 'Narrative' });
    next();
    await screen.findByRole('heading', { name: 'Review and submit' });
    expect(screen.queryByTestId('missing-outcomes')).toBeNull();
    expect((screen.getByRole('button', { name: 'Submit debrief' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('keeps submit disabled and names the objectives without an outcome', async () => {
    const { onSubmit } = setup();
    fireEvent.click(screen.getByLabelText('Met'));
    for (const heading of ['Screen vehicles', 'Incidents', 'Strengths', 'Improvements', 'Narrative', 'Review and submit']) {
      next();
      await screen.findByRole('heading', { name: heading });
    }
    expect(screen.getByTestId('missing-outcomes').textContent).toContain('Missing: Screen vehicles');
    const submit = screen.getByRole('button', { name: 'Submit debrief' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(submit);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses to leave the incidents step with an incomplete incident', async () => {
    setup(saved(4, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'NOT_MET' }] }));
    next();
    await screen.findByRole('heading', { name: 'Screen vehicles' });
    next();
    await screen.findByRole('heading', { name: 'Incidents' });
    fireEvent.click(screen.getByRole('button', { name: 'Add an incident' }));
    next();
    expect(await screen.findByText('Choose the type of incident.')).toBeTruthy();
    expect(screen.getByText('Describe what happened.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Incidents' })).toBeTruthy();
  });

  it('resumes a draft and shows the server refusal when submitting fails', async () => {
    const draft = saved(4, { outcomes: [{ objectiveId: 'o1', outcome: 'MET' }, { objectiveId: 'o2', outcome: 'NOT_MET' }] });
    const onSave = jest.fn();
    const onSubmit = jest.fn(async () => {
      throw Object.assign(new Error('refused'), { errors: [{ message: 'Every objective needs an outcome before submitting.', extensions: { code: 'BAD_USER_INPUT' } }] });
    });
    render(<DebriefWizard objectives={objectives} draft={draft} onSave={onSave} onSubmit={onSubmit} />);
    expect((screen.getByLabelText('Met') as HTMLInputElement).checked).toBe(true);
    for (const heading of ['Screen vehicles', 'Incidents', 'Strengths', 'Improvements', 'Narrative', 'Review and submit']) {
      next();
      await screen.findByRole('heading', { name: heading });
    }
    // Nothing changed since the draft was saved: no save, and submit names the draft's version.
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Submit debrief' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('d1', 4));
    expect((await screen.findByRole('alert')).textContent).toContain('Not submitted.');
  });
});
