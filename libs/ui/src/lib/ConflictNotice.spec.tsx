import { fireEvent, render, screen, within } from '@testing-library/react';
import { ConflictNotice, differingFields } from './ConflictNotice';

const FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description' },
  { key: 'successCriteria', label: 'Success criteria' },
  { key: 'priority', label: 'Priority' },
];

describe('ConflictNotice', () => {
  const mine = { title: 'Secure the perimeter', description: 'North gate', successCriteria: '', priority: 'HIGH' };
  const theirs = { id: 'o1', version: 4, title: 'Secure the perimeter', description: 'North and east gates', successCriteria: 'No breach', priority: 'HIGH' };

  it('lists only the fields that differ, theirs beside yours, and announces itself', () => {
    render(<ConflictNotice fields={FIELDS} mine={mine} theirs={theirs} by="Dana Whitfield" onKeepTheirs={jest.fn()} onApplyMine={jest.fn()} />);
    const alert = screen.getByRole('alert', { name: 'Dana Whitfield saved a newer version while you were editing' });
    const table = within(alert).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Description', 'Success criteria']);
    expect(rows[0]?.textContent).toContain('North and east gates');
    expect(rows[0]?.textContent).toContain('North gate');
    expect(rows[1]?.textContent).toContain('No breach');
    expect(rows[1]?.textContent).toContain('(empty)');
  });

  it('says "Someone" when the author is unknown', () => {
    render(<ConflictNotice fields={FIELDS} mine={mine} theirs={theirs} onKeepTheirs={jest.fn()} onApplyMine={jest.fn()} />);
    expect(screen.getByRole('alert', { name: 'Someone saved a newer version while you were editing' })).toBeTruthy();
  });

  it('calls back on "Keep theirs" and "Apply mine on top"', () => {
    const onKeepTheirs = jest.fn();
    const onApplyMine = jest.fn();
    render(<ConflictNotice fields={FIELDS} mine={mine} theirs={theirs} onKeepTheirs={onKeepTheirs} onApplyMine={onApplyMine} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    expect(onKeepTheirs).toHaveBeenCalledTimes(1);
    expect(onApplyMine).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Apply mine on top' }));
    expect(onApplyMine).toHaveBeenCalledTimes(1);
  });

  it('disables both buttons while busy', () => {
    render(<ConflictNotice fields={FIELDS} mine={mine} theirs={theirs} busy onKeepTheirs={jest.fn()} onApplyMine={jest.fn()} />);
    expect((screen.getByRole('button', { name: 'Keep theirs' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Apply mine on top' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('ignores fields the server did not send', () => {
    expect(differingFields(FIELDS, mine, { title: 'Other' }).map((f) => f.key)).toEqual(['title']);
  });
});
