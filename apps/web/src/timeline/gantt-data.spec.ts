import { actualBar, ganttLinks, ganttRange, ganttTasks, ganttTasksOnZoneClock, onZoneClock, outsideWindow } from './gantt-data';

const events = [
  { id: 'b', title: 'Stage', phase: 'EXECUTION' as const, startsAt: '2027-03-01T15:00:00Z', endsAt: '2027-03-01T16:00:00Z', dependsOnIds: ['a'] },
  { id: 'a', title: 'Brief', phase: 'BRIEFING' as const, startsAt: '2027-03-01T13:00:00Z', endsAt: '2027-03-01T14:00:00Z', dependsOnIds: [] },
  { id: 'c', title: 'Prep', phase: 'PREPARATION' as const, startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T12:00:00Z', dependsOnIds: ['gone'] },
];

describe('gantt data', () => {
  it('puts a summary row per phase in the contract order above its events', () => {
    const tasks = ganttTasks(events);
    expect(tasks.map((t) => t.id)).toEqual(['phase:PREPARATION', 'c', 'phase:BRIEFING', 'a', 'phase:EXECUTION', 'b']);
    expect(tasks[0]).toMatchObject({ type: 'summary', text: 'Preparation', start: new Date('2027-03-01T10:00:00Z'), end: new Date('2027-03-01T12:00:00Z') });
    expect(tasks[1]).toMatchObject({ type: 'task', parent: 'phase:PREPARATION', text: 'Prep' });
  });

  it("names an event's place on its row from the plan's places, and leaves the title alone without one", () => {
    const placed = [{ ...events[1]!, place: { id: 'pl-cp' } }, { ...events[0]!, place: null }];
    const names = new Map([['pl-cp', 'Main CP']]);
    const tasks = ganttTasks(placed, (id) => names.get(id));
    expect(tasks.find((t) => t.id === 'a')?.text).toBe('Brief · Main CP');
    expect(tasks.find((t) => t.id === 'b')?.text).toBe('Stage');
    expect(ganttTasks(placed).find((t) => t.id === 'a')?.text).toBe('Brief');
  });

  it('draws finish-to-start links for known dependencies only', () => {
    expect(ganttLinks(events)).toEqual([{ id: 'a>b', source: 'a', target: 'b', type: 'e2s' }]);
  });

  it('uses hours within days for a short window and shades time outside it', () => {
    const range = ganttRange(events, '2027-03-01T09:00:00Z', '2027-03-01T20:00:00Z');
    expect(range.scales.map((s) => `${s.unit}/${s.step}`)).toEqual(['day/1', 'hour/1']);
    expect(range.lengthUnit).toBe('minute');
    expect(range.start.getTime()).toBeLessThanOrEqual(Date.parse('2027-03-01T08:00:00Z'));
    const shade = outsideWindow('2027-03-01T09:00:00Z', '2027-03-01T20:00:00Z')!;
    expect(shade(new Date('2027-03-01T08:00:00Z'), 'hour')).toBe('wx-weekend');
    expect(shade(new Date('2027-03-01T09:00:00Z'), 'hour')).toBe('');
    expect(shade(new Date('2027-03-01T20:00:00Z'), 'hour')).toBe('wx-weekend');
  });
});

describe('actual bars', () => {
  it('adds recorded actuals as a row right under the planned event, and none without them', () => {
    const withActual = [{ ...events[1]!, actualStartsAt: '2027-03-01T13:15:00Z', actualEndsAt: '2027-03-01T14:30:00Z' }];
    const tasks = ganttTasks(withActual);
    expect(tasks.map((t) => t.id)).toEqual(['phase:BRIEFING', 'a', 'actual:a']);
    expect(tasks[2]).toMatchObject({ parent: 'phase:BRIEFING', text: 'Brief (actual)', start: new Date('2027-03-01T13:15:00Z'), end: new Date('2027-03-01T14:30:00Z') });
    expect(ganttTasks(events).some((t) => String(t.id).startsWith('actual:'))).toBe(false);
  });

  it("runs an open actual to now on the plan zone's clocks, whatever the browser's zone", () => {
    const zone = 'America/New_York';
    const started = '2027-03-01T13:00:00Z';
    const now = Date.parse('2027-03-01T15:00:00Z');
    const onClock = [{ ...events[1]!, actualStartsAt: onZoneClock(started, zone), actualEndsAt: null }];
    const bar = ganttTasksOnZoneClock(onClock, zone, undefined, now).find((t) => t.id === 'actual:a')!;
    // Two hours under way, not two hours plus the difference between the browser's zone and the plan's.
    expect(bar.end!.getTime() - bar.start!.getTime()).toBe(2 * 3_600_000);
  });

  it('runs an open actual (start only) up to now', () => {
    const bar = actualBar({ actualStartsAt: '2027-03-01T13:00:00Z', actualEndsAt: null }, Date.parse('2027-03-01T15:00:00Z'));
    expect(bar).toEqual({ start: new Date('2027-03-01T13:00:00Z'), end: new Date('2027-03-01T15:00:00Z') });
  });
});
