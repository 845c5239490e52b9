import { act, fireEvent, render, screen } from '@testing-library/react';
import { ConfirmAction } from './ConfirmAction';

describe('ConfirmAction', () => {
  it('asks in place, with focus on the confirming button', () => {
    const onConfirm = jest.fn();
    render(<ConfirmAction label="Remove" subject="place Command post" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove place Command post' }));
    expect(screen.getByRole('group', { name: 'Confirm: Remove place Command post' }).textContent).toContain('Remove place Command post?');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, remove' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Remove place Command post' })).toBeTruthy();
    // Cancel puts focus back on the button that asked, not on <body>.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove place Command post' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('closes the question once a refused action settles, with focus back on the button', async () => {
    let refuse: (reason: Error) => void = () => undefined;
    const onConfirm = jest.fn(() => new Promise((_resolve, reject) => (refuse = reject)).catch(() => false));
    render(<ConfirmAction label="Remove" subject="place Command post" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove place Command post' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    // Still asking while the action runs.
    expect(screen.getByRole('group', { name: 'Confirm: Remove place Command post' })).toBeTruthy();
    await act(async () => refuse(new Error('in use')));
    expect(screen.queryByRole('group', { name: 'Confirm: Remove place Command post' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove place Command post' }));
  });

  it('stays asking when the action answers nothing to wait for', () => {
    render(<ConfirmAction label="Remove" subject="channel TAC 1" onConfirm={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove channel TAC 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(screen.getByRole('group', { name: 'Confirm: Remove channel TAC 1' })).toBeTruthy();
  });
});

describe('ConfirmAction that undoes no work', () => {
  it('is styled as an ordinary action, not in red, and asks the same way', () => {
    render(<ConfirmAction label="Re-enable account" subject="of Maria Lopez" confirmLabel="Yes, re-enable" destructive={false} onConfirm={jest.fn()} />);
    const button = screen.getByRole('button', { name: 'Re-enable account of Maria Lopez' });
    expect(button.className).not.toContain('text-secondary-dark');
    fireEvent.click(button);
    const confirm = screen.getByRole('button', { name: 'Yes, re-enable' });
    expect(confirm.className).toContain('usa-button');
    expect(confirm.className).not.toContain('usa-button--secondary');
  });

  it('keeps a destructive one red by default', () => {
    render(<ConfirmAction label="Disable account" subject="of Maria Lopez" confirmLabel="Yes, disable" onConfirm={jest.fn()} />);
    const button = screen.getByRole('button', { name: 'Disable account of Maria Lopez' });
    expect(button.className).toContain('text-secondary-dark');
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Yes, disable' }).className).toContain('usa-button--secondary');
  });
});
