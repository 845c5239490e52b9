import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PlanTimeZoneProvider } from '../shared/plan-time';
import { toLocalInput } from '../timeline/time';
import { validateActivity } from './activity-validation';
import { ActivityForm } from './ActivityForm';

// A plan 14 hours ahead of UTC: its clocks are far from the test process's, whatever TZ that is.
const ZONE = 'Pacific/Kiritimati';
const inPlan = (children: ReactNode) => <PlanTimeZoneProvider zone={ZONE}>{children}</PlanTimeZoneProvider>;

describe('ActivityForm', () => {
  it('refuses a time in the future (on the plan zone’s clocks) and sends nothing', async () => {
    const onLog = jest.fn(async () => undefined);
    render(inPlan(<ActivityForm onLog={onLog} zoneLabel={ZONE} />));
    fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: 'Checkpoint open' } });
    fireEvent.change(screen.getByLabelText('When'), { target: { value: toLocalInput(new Date(Date.now() + 2 * 3_600_000).toISOString(), ZONE) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect((await screen.findAllByText('The time cannot be in the future.')).length).toBeGreaterThan(0);
    expect(onLog).not.toHaveBeenCalled();
  });

  it('starts at now on the plan zone’s clocks, and logs a past time typed on them as that instant', async () => {
    const onLog = jest.fn(async () => undefined);
    render(inPlan(<ActivityForm onLog={onLog} zoneLabel={ZONE} />));
    const shown = (screen.getByLabelText('When') as HTMLInputElement).value;
    expect(Math.abs(Date.parse(`${shown}:00+14:00`) - Date.now())).toBeLessThan(2 * 60_000);
    // An hour ago in Kiritimati: read on the browser's clocks it would be hours in the future.
    const hourAgo = new Date(Date.now() - 3_600_000);
    hourAgo.setUTCSeconds(0, 0);
    const past = toLocalInput(hourAgo.toISOString(), ZONE);
    fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: '  Briefing held  ' } });
    fireEvent.change(screen.getByLabelText('When'), { target: { value: past } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(onLog).toHaveBeenCalledWith('Briefing held', hourAgo.toISOString()));
    await waitFor(() => expect((screen.getByLabelText(/What happened/) as HTMLTextAreaElement).value).toBe(''));
  });

  it('needs text; an empty time means now', () => {
    expect(validateActivity({ text: ' ', at: '' }, Date.now(), 'America/New_York').errors.text).toBe('Enter what happened.');
    expect(validateActivity({ text: 'x', at: '' }, Date.now(), 'America/New_York')).toEqual({ errors: {}, at: null });
  });
});
