import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { UpdateObjectiveDocument, type ObjectiveFieldsFragment } from '@jointops/web-data';
import { ObjectiveForm } from '../objectives/ObjectiveForm';
import { useItemAction } from '../shared/useItemAction';
import { renderWithProviders } from '../test/render';
import { approval, CBP, WCSO } from './test-plan';
import { VoidSignOffsGuard, type VoidSignOffsGuardProps } from './VoidSignOffsGuard';
import { pause } from '../test/pause';

const OBJECTIVE = { __typename: 'Objective', id: 'o1', version: 3, position: 0, title: 'Secure the perimeter', description: '', successCriteria: 'Fence closed', priority: 'HIGH' } as ObjectiveFieldsFragment;
const NCSHP = { __typename: 'Agency' as const, id: 'a-ncshp', name: 'North Carolina State Highway Patrol', shortName: 'NCSHP', level: 'STATE' as const };
const patch = { title: 'Secure the perimeter', description: '', successCriteria: 'Fence and gate closed', priority: 'HIGH' };
const wait = () => pause(30);

function editInPlan(plan: VoidSignOffsGuardProps['plan']) {
  const sent = jest.fn(() => ({ data: { updateObjective: { ...OBJECTIVE, ...patch, version: 4 } } }));
  const onDone = jest.fn();
  renderWithProviders(
    <VoidSignOffsGuard plan={plan}>
      <ObjectiveForm planId="p1" objective={OBJECTIVE} onDone={onDone} />
    </VoidSignOffsGuard>,
    { mocks: [{ request: { query: UpdateObjectiveDocument, variables: { id: 'o1', expectedVersion: 3, patch } }, result: sent }] },
  );
  const form = screen.getByRole('form', { name: 'Edit objective Secure the perimeter' });
  fireEvent.change(within(form).getByLabelText('Success criteria'), { target: { value: 'Fence and gate closed' } });
  const save = within(form).getByRole('button', { name: 'Save objective' });
  return { sent, onDone, save };
}

const ncshpApproved = { ...approval(CBP, 'APPROVED', 12), id: 'ap-NCSHP', agency: NCSHP };
const inReview = { status: 'IN_REVIEW', leadAgency: NCSHP, approvals: [ncshpApproved, approval(CBP, 'APPROVED', 12), approval(WCSO, 'PENDING')] };

describe('VoidSignOffsGuard: an edit in review names the sign-offs it voids first', () => {
  it('names the lead agency first, then the others by short name, whatever order the approvals come in', async () => {
    const wcsoApproved = { ...approval(WCSO, 'APPROVED', 12), id: 'ap-WCSO' };
    const { save } = editInPlan({ status: 'IN_REVIEW', leadAgency: NCSHP, approvals: [wcsoApproved, approval(CBP, 'APPROVED', 12), ncshpApproved] });
    fireEvent.click(save);
    const dialog = await screen.findByRole('dialog', { name: 'Void 3 sign-offs?' });
    expect(within(dialog).getByText('This will void 3 sign-offs (NCSHP, CBP, WCSO).')).toBeTruthy();
  });

  it('asks before sending, naming the agencies whose current sign-offs the edit voids; Cancel sends nothing', async () => {
    const { sent, onDone, save } = editInPlan(inReview);
    save.focus();
    fireEvent.click(save);
    const dialog = await screen.findByRole('dialog', { name: 'Void 2 sign-offs?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByText('This will void 2 sign-offs (NCSHP, CBP).')).toBeTruthy();
    // The plan is in review already: the sentence starts with who signs again.
    expect(within(dialog).getByText('Those agencies’ leads must approve the new revision again.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Void sign-offs and save' }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await wait();
    expect(sent).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    // What was typed is still there; focus went back to the button.
    expect((screen.getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe('Fence and gate closed');
    expect(document.activeElement).toBe(save);
  });

  it('sends the edit once the editor confirms', async () => {
    const { sent, onDone, save } = editInPlan(inReview);
    fireEvent.click(save);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Void sign-offs and save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Objective saved.'));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('backs out on Escape', async () => {
    const { sent, save } = editInPlan(inReview);
    fireEvent.click(save);
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await wait();
    expect(sent).not.toHaveBeenCalled();
  });

  it('says that an approved plan goes back to review', async () => {
    const { save } = editInPlan({ status: 'APPROVED', approvals: [approval(CBP, 'APPROVED', 12)] });
    fireEvent.click(save);
    const dialog = await screen.findByRole('dialog', { name: 'Void the sign-off?' });
    expect(dialog.textContent).toContain('This will void 1 sign-off (CBP).');
    expect(dialog.textContent).toContain('The plan goes back to review');
  });

  it.each([
    ['no current sign-off (stale and pending only)', { status: 'IN_REVIEW', approvals: [approval(CBP, 'STALE', 11), approval(WCSO, 'PENDING')] }],
    ['a draft', { status: 'DRAFT', approvals: [] }],
    ['no approvals yet', { status: 'IN_REVIEW', approvals: [] }],
  ])('saves without asking with %s', async (_, plan) => {
    const { sent, onDone, save } = editInPlan(plan);
    fireEvent.click(save);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Objective saved.'));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('guards the list actions too (move, remove): nothing runs when the editor backs out', async () => {
    const action = jest.fn(() => Promise.resolve());
    function Remove() {
      const { run } = useItemAction();
      return (
        <button type="button" onClick={() => void run(action)}>
          Remove
        </button>
      );
    }
    renderWithProviders(
      <VoidSignOffsGuard plan={inReview}>
        <Remove />
      </VoidSignOffsGuard>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Void 2 sign-offs?' })).getByRole('button', { name: 'Cancel' }));
    await wait();
    expect(action).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Void sign-offs and save' }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
  });
});
