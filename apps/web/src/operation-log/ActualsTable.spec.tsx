import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import { ActualsTable } from './ActualsTable';

const EVENT = {
  __typename: 'TimelineEvent',
  id: 'e1',
  version: 3,
  title: 'Checkpoint',
  phase: 'EXECUTION',
  startsAt: '2026-03-01T08:00:00.000Z',
  endsAt: '2026-03-01T10:00:00.000Z',
  actualStartsAt: null,
  actualEndsAt: null,
  notes: '',
  agency: null,
  dependsOnIds: [],
} as unknown as TimelineEventFieldsFragment;

function open(onRecord = jest.fn(async () => undefined)) {
  render(<ActualsTable events={[EVENT]} zoneLabel="UTC" canRecord onRecord={onRecord} />);
  fireEvent.click(screen.getByRole('button', { name: 'Record actual start/end of Checkpoint' }));
  return { onRecord, form: screen.getByRole('form', { name: 'Actuals for Checkpoint' }) };
}

describe('ActualsTable', () => {
  it('refuses an end without a start, and an end before the start, on the field, sending nothing', () => {
    const { onRecord, form } = open();
    fireEvent.change(within(form).getByLabelText('Actual end'), { target: { value: '2026-03-01T10:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save actuals' }));
    expect(within(within(form).getByRole('alert', { name: 'There is a problem' })).getByRole('link').textContent).toBe('Record the actual start as well.');
    expect(document.activeElement).toBe(within(form).getByLabelText('Actual start'));

    fireEvent.change(within(form).getByLabelText('Actual start'), { target: { value: '2026-03-01T11:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save actuals' }));
    expect(within(within(form).getByRole('alert', { name: 'There is a problem' })).getByRole('link').textContent).toBe('The actual end cannot be before the actual start.');
    expect(onRecord).not.toHaveBeenCalled();
  });

  it('records both times as instants with the version the form opened on, then announces it', async () => {
    const { onRecord, form } = open();
    fireEvent.change(within(form).getByLabelText('Actual start'), { target: { value: '2026-03-01T08:15' } });
    fireEvent.change(within(form).getByLabelText('Actual end'), { target: { value: '2026-03-01T10:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save actuals' }));
    // Read on the plan zone's clocks (New York when no plan provides one; EST on 1 March), whatever the process TZ.
    await waitFor(() => expect(onRecord).toHaveBeenCalledWith(EVENT, 3, '2026-03-01T13:15:00.000Z', '2026-03-01T15:30:00.000Z'));
    expect(await screen.findByText('Saved: actuals of "Checkpoint".')).toBeTruthy();
    // Focus goes back to the event's row (its button), not to <body>.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Record actual start/end of Checkpoint' })));
    expect(screen.queryByRole('form', { name: 'Actuals for Checkpoint' })).toBeNull();
  });

  it('returns focus to the event’s button on Cancel', async () => {
    const { onRecord, form } = open();
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Record actual start/end of Checkpoint' })));
    expect(onRecord).not.toHaveBeenCalled();
  });
});
