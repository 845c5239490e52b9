import { actionDueEnd, closedOnTime, isActionDueToday, isActionOverdue } from './corrective-actions';

const due = '2026-10-31T00:00:00.000Z';

describe('corrective action due dates (a calendar day)', () => {
  it('is due until its due day ends where the task force works (EDT here, EST in winter)', () => {
    expect(actionDueEnd(due).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(actionDueEnd('2027-01-15T00:00:00.000Z').toISOString()).toBe('2027-01-16T05:00:00.000Z');
    expect(Number.isNaN(actionDueEnd('not a date').getTime())).toBe(true);
  });

  it('is overdue from the next day on there, unless done: not yet at 8 PM EDT on its due day', () => {
    expect(isActionOverdue({ dueDate: due, status: 'OPEN' }, '2026-11-01T00:00:00.000Z')).toBe(false);
    expect(isActionOverdue({ dueDate: due, status: 'OPEN' }, '2026-11-01T03:59:59.999Z')).toBe(false);
    expect(isActionOverdue({ dueDate: due, status: 'OPEN' }, '2026-11-01T04:00:00.000Z')).toBe(true);
    expect(isActionOverdue({ dueDate: due, status: 'IN_PROGRESS' }, new Date('2027-01-01T00:00:00Z'))).toBe(true);
    expect(isActionOverdue({ dueDate: due, status: 'DONE' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isActionOverdue({ dueDate: 'not a date', status: 'OPEN' }, Date.now())).toBe(false);
    expect(isActionDueToday({ dueDate: 'not a date', status: 'OPEN' }, Date.now())).toBe(false);
  });

  it('counts a closing at any time of the due day as on time', () => {
    expect(closedOnTime({ dueDate: due, closedAt: null })).toBeNull();
    expect(closedOnTime({ dueDate: due, closedAt: '2026-10-20T15:00:00.000Z' })).toBe(true);
    expect(closedOnTime({ dueDate: due, closedAt: '2026-11-01T03:59:00.000Z' })).toBe(true);
    expect(closedOnTime({ dueDate: due, closedAt: '2026-11-01T04:00:00.000Z' })).toBe(false);
  });

  it('is due today from midnight to midnight of its due day where the task force works', () => {
    // 31 October 2026 starts at 04:00 UTC (EDT) and ends at 04:00 UTC on 1 November.
    expect(isActionDueToday({ dueDate: due, status: 'OPEN' }, '2026-10-31T03:59:59.999Z')).toBe(false);
    expect(isActionDueToday({ dueDate: due, status: 'OPEN' }, '2026-10-31T04:00:00.000Z')).toBe(true);
    expect(isActionDueToday({ dueDate: due, status: 'IN_PROGRESS' }, '2026-11-01T03:59:59.999Z')).toBe(true);
    expect(isActionDueToday({ dueDate: due, status: 'OPEN' }, '2026-11-01T04:00:00.000Z')).toBe(false);
    expect(isActionDueToday({ dueDate: due, status: 'DONE' }, '2026-10-31T12:00:00.000Z')).toBe(false);
  });
});
