import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { OfflineContext, type OfflineContextValue } from './OfflineProvider';
import { QueuePanel, textOf, waitingText } from './QueuePanel';
import type { QueuedWrite, QueueSender } from './store/types';

const base = { userId: 'u1', planId: 'p1', writtenAt: '2027-03-01T08:00:00.000Z', attempts: 1 };
const entry = (id: number, state: QueuedWrite['state'], text: string, error?: QueuedWrite['error']): QueuedWrite => ({
  ...base,
  id,
  clientKey: `key-000000${id}`,
  state,
  summary: `Log entry “${text}”`,
  kind: 'logActivity',
  variables: { planId: 'p1', text, at: '2027-03-01T08:05:00.000Z' },
  ...(error ? { error } : {}),
});

function renderPanel(writes: QueuedWrite[]) {
  const sender = { submit: jest.fn(), flush: jest.fn(), retry: jest.fn().mockResolvedValue(undefined), discard: jest.fn().mockResolvedValue(undefined) } as unknown as jest.Mocked<QueueSender>;
  const value = { store: {} as never, identity: null, userId: 'u1', sender, debriefVersions: new Map() } satisfies OfflineContextValue;
  render(
    <OfflineContext.Provider value={value}>
      <QueuePanel writes={writes} />
    </OfflineContext.Provider>,
  );
  return sender;
}

describe('the offline queue panel', () => {
  it('counts what waits in words', () => {
    expect(waitingText(1)).toBe('1 entry waiting to send');
    expect(waitingText(3)).toBe('3 entries waiting to send');
    renderPanel([entry(1, 'waiting', 'a'), entry(2, 'sending', 'b'), entry(3, 'waiting', 'c')]);
    expect(screen.getByRole('status').textContent).toContain('3 entries waiting to send');
  });

  it('shows nothing when nothing is queued', () => {
    renderPanel([]);
    expect(screen.queryByTestId('offline-queue')).toBeNull();
  });

  it('keeps a refused write visible with the server message, and lets the officer copy, retry or discard it', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const refused = entry(4, 'refused', 'Checkpoint closed', { code: 'INVALID_STATE', message: 'The activity log is open while the plan is ACTIVE; it is COMPLETED.' });
    const sender = renderPanel([refused]);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not sent: Log entry “Checkpoint closed”.');
    expect(alert.textContent).toContain('it is COMPLETED');
    fireEvent.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(writeText).toHaveBeenCalledWith(textOf(refused));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(sender.retry).toHaveBeenCalledWith(4);
    await screen.findByRole('button', { name: 'Discard' });
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(sender.discard).toHaveBeenCalledWith(4);
    // Busy while the discard runs, then free again.
    await waitFor(() => expect((screen.getByRole('button', { name: 'Discard' }) as HTMLButtonElement).disabled).toBe(false));
  });

  it('shows a debrief saved over a newer version as the usual comparison; applying mine resends on the current version', () => {
    const conflict: QueuedWrite = {
      ...base,
      id: 5,
      clientKey: 'key-0000005',
      state: 'refused',
      summary: 'Your debrief draft',
      kind: 'saveDebrief',
      variables: { planId: 'p1', input: { narrative: 'Written on the ramp' }, expectedVersion: 2 },
      error: { code: 'CONFLICT', message: 'Your debrief was saved elsewhere; it is now at version 3.', currentVersion: 3, current: { version: 3, narrative: 'From the office' } },
    };
    const sender = renderPanel([conflict]);
    expect(screen.getByText('Written on the ramp')).toBeTruthy();
    expect(screen.getByText('From the office')).toBeTruthy();
    const apply = screen.getByRole('button', { name: /apply mine/i }) as HTMLButtonElement;
    fireEvent.click(apply);
    expect(sender.retry).toHaveBeenCalledWith(5, 3);
    return waitFor(() => expect(apply.disabled).toBe(false));
  });
});
