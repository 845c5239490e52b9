import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { toLocalInput } from '../timeline/time';
import { validateActivity } from './activity-validation';
import { ActivityForm } from './ActivityForm';

describe('ActivityForm', () => {
  it('refuses a time in the future and sends nothing', async () => {
    const onLog = jest.fn(async () => undefined);
    render(<ActivityForm onLog={onLog} zoneLabel="UTC" />);
    fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: 'Checkpoint open' } });
    fireEvent.change(screen.getByLabelText('When'), { target: { value: toLocalInput(new Date(Date.now() + 2 * 3_600_000).toISOString()) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect((await screen.findAllByText('The time cannot be in the future.')).length).toBeGreaterThan(0);
    expect(onLog).not.toHaveBeenCalled();
  });

  it('logs the entry with the chosen past time, then clears the text', async () => {
    const onLog = jest.fn(async () => undefined);
    render(<ActivityForm onLog={onLog} zoneLabel="UTC" />);
    const past = toLocalInput(new Date(Date.now() - 3_600_000).toISOString());
    fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: '  Briefing held  ' } });
    fireEvent.change(screen.getByLabelText('When'), { target: { value: past } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(onLog).toHaveBeenCalledWith('Briefing held', new Date(past).toISOString()));
    await waitFor(() => expect((screen.getByLabelText(/What happened/) as HTMLTextAreaElement).value).toBe(''));
  });

  it('needs text; an empty time means now', () => {
    expect(validateActivity({ text: ' ', at: '' }, Date.now()).errors.text).toBe('Enter what happened.');
    expect(validateActivity({ text: 'x', at: '' }, Date.now())).toEqual({ errors: {}, at: null });
  });
});
