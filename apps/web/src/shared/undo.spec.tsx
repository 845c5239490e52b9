import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddObjectiveDocument, PlanObjectivesAfterRestoreDocument, RemoveObjectiveDocument, type ObjectiveFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { ObjectiveItem } from '../objectives/ObjectiveItem';
import { renderWithProviders, signedInStore } from '../test/render';
import { UNDO_MS, UndoProvider, useOfferUndo } from './undo';

/** What the item told its section's status line, in order. */
const statuses: Array<string | null> = [];

/** The item leaves the list once removed, as in the section (taking its focused button with it). */
function Listed() {
  const [gone, setGone] = useState(false);
  const onStatus = (message: string | null) => {
    statuses.push(message);
    if (message) setGone(true);
  };
  return <ul>{gone ? null : <ObjectiveItem planId="p1" objective={OBJECTIVE} index={1} count={3} canEdit roleIds={['r1', 'r2']} onStatus={onStatus} />}</ul>;
}

const OBJECTIVE = { __typename: 'Objective', id: 'o2', version: 4, position: 1, title: 'Screen vehicles', description: 'At the gate', successCriteria: 'All screened', priority: 'HIGH' } as ObjectiveFieldsFragment;

describe('Undo of a removal (shared by every plan part through useRemoveAction)', () => {
  it('removes, then Undo re-adds through the API with the same fields, position and links', async () => {
    const removed = jest.fn(() => ({ data: { removeObjective: 'o2' } }));
    const readded = jest.fn(() => ({ data: { addObjective: { ...OBJECTIVE, id: 'o9', version: 1 } } }));
    const input = { title: 'Screen vehicles', description: 'At the gate', successCriteria: 'All screened', priority: 'HIGH', position: 1, roleIds: ['r1', 'r2'] };
    renderWithProviders(
      <UndoProvider>
        <Listed />
      </UndoProvider>,
      {
        mocks: [
          { request: { query: RemoveObjectiveDocument, variables: { id: 'o2', expectedVersion: 4 } }, result: removed },
          { request: { query: AddObjectiveDocument, variables: { planId: 'p1', input } }, result: readded },
          { request: { query: PlanObjectivesAfterRestoreDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', objectives: [], roles: [] } } } },
        ],
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Screen vehicles' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));

    const notice = await screen.findByRole('region', { name: 'Undo' });
    await within(notice).findByText('Removed objective "Screen vehicles".');
    expect(removed).toHaveBeenCalledTimes(1);
    const undo = within(notice).getByRole('button', { name: 'Undo' });
    // The removed item took its button along; focus is on Undo rather than <body>.
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);

    await waitFor(() => expect(readded).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(within(notice).queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(await within(notice).findByText('Restored objective "Screen vehicles".')).toBeTruthy();
    // The section's "Removed …" line, no longer true, is cleared.
    expect(statuses).toEqual(['Removed "Screen vehicles".', null]);
  });

  it('offers Undo for ten seconds, and longer while focus is on it', async () => {
    jest.useFakeTimers();
    try {
      function Remover() {
        const offer = useOfferUndo();
        return (
          <button type="button" onClick={() => offer({ message: 'Removed channel "TAC 1".', undo: async () => null })}>
            Remove
          </button>
        );
      }
      // Signed in: no start-up session check, whose answer would wait on the fake clock.
      renderWithProviders(
        <UndoProvider>
          <Remover />
        </UndoProvider>,
        { store: signedInStore() },
      );
      const remove = screen.getByRole('button', { name: 'Remove' });
      remove.focus();
      fireEvent.click(remove);
      expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
      act(() => jest.advanceTimersByTime(UNDO_MS - 100));
      expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
      act(() => jest.advanceTimersByTime(200));
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

      fireEvent.click(remove);
      act(() => screen.getByRole('button', { name: 'Undo' }).focus());
      act(() => jest.advanceTimersByTime(UNDO_MS * 3));
      expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });
});
