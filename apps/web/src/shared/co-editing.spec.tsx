import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { UpdateObjectiveDocument, type ChecklistItemFieldsFragment, type ObjectiveFieldsFragment, type PresenceFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { ChecklistItemForm } from '../checklist/ChecklistItemForm';
import { CBP, NCSHP, planEvent } from '../live/live-fixtures';
import { recordApplied, resetLiveMemory } from '../live/live-memory';
import { PresenceProvider } from '../live/presence-context';
import { ObjectiveForm } from '../objectives/ObjectiveForm';
import { renderWithProviders } from '../test/render';

const OPENED = { __typename: 'Objective', id: 'o1', version: 3, position: 0, title: 'Secure the perimeter', description: '', successCriteria: 'Fence closed', priority: 'HIGH' } as ObjectiveFieldsFragment;
const HERS = { ...OPENED, __typename: 'Objective' as const, version: 4, successCriteria: 'Fence and north gate closed by 06:00', description: 'CBP staging at the north gate.' };
const DANA_CRITERIA = 'Fence closed, east gate manned';
const presence = (id: string, displayName: string, agency: typeof CBP, focus: string): PresenceFieldsFragment => ({ focus, lastSeenAt: '2027-03-03T10:00:00Z', user: { id, displayName, agency } });

let showSaved: () => void = () => undefined;

/** Dana's open edit form; `showSaved()` plays Maria's save arriving through the live feed. */
function DanasForm({ onDone }: { onDone: (message?: string) => void }) {
  const [objective, setObjective] = useState(OPENED);
  showSaved = () => {
    recordApplied('p1', { event: planEvent(31, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o1', HERS), node: HERS as never, previous: OPENED as never });
    setObjective(HERS);
  };
  const people = [presence('u-maria', 'Maria Lopez', CBP, 'objective:o1'), presence('u-dana', 'Dana Whitfield', NCSHP as never, 'objective:o1')];
  return (
    <PresenceProvider value={{ people, meId: 'u-dana', reportFocus: () => () => undefined }}>
      <ObjectiveForm planId="p1" objective={objective} onDone={onDone} />
    </PresenceProvider>
  );
}

function openDanasForm(expectedPatch: Record<string, unknown>) {
  const sent = jest.fn(() => ({ data: { updateObjective: { ...HERS, ...expectedPatch, version: 5 } } }));
  const onDone = jest.fn();
  renderWithProviders(<DanasForm onDone={onDone} />, {
    mocks: [{ request: { query: UpdateObjectiveDocument, variables: { id: 'o1', expectedVersion: 4, patch: { title: 'Secure the perimeter', priority: 'HIGH', ...expectedPatch } } }, result: sent }],
  });
  const form = screen.getByRole('form', { name: 'Edit objective Secure the perimeter' });
  fireEvent.change(within(form).getByLabelText('Success criteria'), { target: { value: DANA_CRITERIA } });
  return { form, sent, onDone };
}

describe('co-editing one item', () => {
  beforeEach(() => resetLiveMemory());

  it('keeps "Maria Lopez is editing" in the open form of someone editing the same item', () => {
    const { form } = openDanasForm({});
    expect(within(form).getByTestId('editing-badge').textContent).toBe('Maria Lopez is editing');
  });

  it('shows "Maria Lopez saved a newer version" inline, field by field against the form, before anything is saved', () => {
    const { form, sent } = openDanasForm({});
    expect(within(form).queryByTestId('newer-version')).toBeNull();
    act(() => showSaved());
    const notice = within(form).getByRole('status', { name: 'Maria Lopez saved a newer version' });
    const rows = within(within(notice).getByRole('table', { name: 'Fields that differ' })).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Field', 'Theirs (saved)', 'Yours (not saved)']);
    // Only the field both changed differs: the description, which Dana did not touch, took Maria's at once.
    expect(rows.slice(1).map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((cell) => cell.textContent)])).toEqual([
      ['Success criteria', 'Fence and north gate closed by 06:00', DANA_CRITERIA],
    ]);
    expect((within(form).getByLabelText('Description') as HTMLTextAreaElement).value).toBe('CBP staging at the north gate.');
    // Nothing Dana typed is touched, and nothing was sent.
    expect((within(form).getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe(DANA_CRITERIA);
    expect(sent).not.toHaveBeenCalled();
  });

  it('"Take theirs" puts her saved values in the form; the next save goes on top of her version', async () => {
    const { form, sent, onDone } = openDanasForm({ description: 'CBP staging at the north gate.', successCriteria: 'Fence and north gate closed by 06:00, east gate manned' });
    act(() => showSaved());
    fireEvent.click(within(form).getByRole('button', { name: 'Take theirs' }));
    expect(within(form).queryByTestId('newer-version')).toBeNull();
    expect((within(form).getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe('Fence and north gate closed by 06:00');
    expect((within(form).getByLabelText('Description') as HTMLTextAreaElement).value).toBe('CBP staging at the north gate.');
    fireEvent.change(within(form).getByLabelText('Success criteria'), { target: { value: 'Fence and north gate closed by 06:00, east gate manned' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save objective' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Objective saved.'));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('"Keep mine" keeps what Dana typed and Maria\'s change to a field Dana did not touch; the save goes on top of her version without a conflict', async () => {
    // Maria's description is sent back, not the empty one Dana's form opened with.
    const { form, sent, onDone } = openDanasForm({ description: 'CBP staging at the north gate.', successCriteria: DANA_CRITERIA });
    act(() => showSaved());
    fireEvent.click(within(form).getByRole('button', { name: 'Keep mine' }));
    expect(within(form).queryByTestId('newer-version')).toBeNull();
    expect((within(form).getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe(DANA_CRITERIA);
    fireEvent.click(within(form).getByRole('button', { name: 'Save objective' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Objective saved.'));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('does the same in the forms that are not built on usePlanItemEditor (a checklist item)', async () => {
    const opened = { __typename: 'ChecklistItem', id: 'c1', version: 2, category: 'LEGAL_AUTHORITY', text: 'Warrant reviewed', required: false, citation: '', status: 'OPEN', note: '', reviewedBy: null, reviewedAt: null } as ChecklistItemFieldsFragment;
    const hers = { ...opened, version: 3, text: 'Warrant reviewed by counsel' };
    const onSave = jest.fn(() => Promise.resolve());
    let update: (item: ChecklistItemFieldsFragment) => void = () => undefined;
    function Form() {
      const [item, setItem] = useState(opened);
      update = setItem;
      return <ChecklistItemForm item={item} idPrefix="c1-edit" onSave={onSave} onKeepTheirs={jest.fn()} onDone={jest.fn()} onCancel={jest.fn()} />;
    }
    renderWithProviders(<Form />);
    const form = screen.getByRole('form', { name: 'Edit checklist item' });
    fireEvent.change(within(form).getByLabelText(/Citation/), { target: { value: '8 U.S.C. 1357' } });
    act(() => {
      recordApplied('p1', { event: planEvent(32, 'CHECKLIST_ITEM_UPDATED', 'CHECKLIST_ITEM', 'c1', { ...hers, __typename: 'ChecklistItem' }), node: hers as never, previous: opened as never });
      update(hers);
    });
    const notice = within(form).getByRole('status', { name: 'Maria Lopez saved a newer version' });
    // Her requirement is in the form at once; the citation typed here is what differs.
    expect(within(notice).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Citation(empty)8 U.S.C. 1357']);
    expect((within(form).getByLabelText('Requirement') as HTMLTextAreaElement).value).toBe('Warrant reviewed by counsel');
    fireEvent.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ category: 'LEGAL_AUTHORITY', text: 'Warrant reviewed by counsel', required: false, citation: '8 U.S.C. 1357' }, 3, undefined));
  });
});
