import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PlanTimeZoneProvider } from '../shared/plan-time';
import { toLocalInput } from '../timeline/time';
import { validateActivity } from './activity-validation';
import { ActivityForm, WHEN_REFRESH_MS } from './ActivityForm';

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

  describe('on a page kept open', () => {
    const OPENED = Date.parse('2026-12-04T20:00:00.000Z');
    beforeEach(() => jest.useFakeTimers({ now: OPENED }));
    afterEach(() => jest.useRealTimers());
    const when = () => (screen.getByLabelText('When') as HTMLInputElement).value;
    /** Three hours later, as the form's clock sees it. */
    const laterBy = (ms: number) =>
      act(() => {
        jest.setSystemTime(Date.now() + ms);
        jest.advanceTimersByTime(WHEN_REFRESH_MS);
      });

    it('keeps an untouched When current, and sends no time for it: the entry takes the moment it is added', async () => {
      const onLog = jest.fn(async () => undefined);
      render(inPlan(<ActivityForm onLog={onLog} zoneLabel={ZONE} />));
      expect(when()).toBe(toLocalInput(new Date(OPENED).toISOString(), ZONE));
      laterBy(3 * 3_600_000);
      // Not the time the page was opened: the time now.
      expect(when()).toBe(toLocalInput(new Date(OPENED + 3 * 3_600_000).toISOString(), ZONE));
      fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: 'Lane 2 reopened' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
      await waitFor(() => expect(onLog).toHaveBeenCalledWith('Lane 2 reopened', null));
      // The next entry starts at now again.
      await waitFor(() => expect((screen.getByLabelText(/What happened/) as HTMLTextAreaElement).value).toBe(''));
      laterBy(60 * 60_000);
      expect(when()).toBe(toLocalInput(new Date(OPENED + 4 * 3_600_000).toISOString(), ZONE));
    });

    it('keeps a When the user set, however long the page stays open', async () => {
      const onLog = jest.fn(async () => undefined);
      render(inPlan(<ActivityForm onLog={onLog} zoneLabel={ZONE} />));
      const set = toLocalInput(new Date(OPENED - 30 * 60_000).toISOString(), ZONE);
      fireEvent.change(screen.getByLabelText('When'), { target: { value: set } });
      laterBy(2 * 3_600_000);
      expect(when()).toBe(set);
      fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: 'Briefing held' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
      await waitFor(() => expect(onLog).toHaveBeenCalledWith('Briefing held', new Date(OPENED - 30 * 60_000).toISOString()));
    });
  });

  it('needs text; an empty time means now', () => {
    expect(validateActivity({ text: ' ', at: '' }, Date.now(), 'America/New_York').errors.text).toBe('Enter what happened.');
    expect(validateActivity({ text: 'x', at: '' }, Date.now(), 'America/New_York')).toEqual({ errors: {}, at: null });
  });
});
