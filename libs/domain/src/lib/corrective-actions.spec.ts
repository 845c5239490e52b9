import { actionDueEnd, closedOnTime, isActionOverdue } from './corrective-actions';

const due = '2026-10-31T00:00:00.000Z';

describe('corrective action due dates (a calendar day)', () => {
  it('is due until its due day ends, in UTC', () => {
    expect(actionDueEnd(due).toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('is overdue from the next day on, unless done', () => {
    expect(isActionOverdue({ dueDate: due, status: 'OPEN' }, '2026-10-31T23:59:59.999Z')).toBe(false);
    expect(isActionOverdue({ dueDate: due, status: 'OPEN' }, '2026-11-01T00:00:00.000Z')).toBe(true);
    expect(isActionOverdue({ dueDate: due, status: 'IN_PROGRESS' }, new Date('2027-01-01T00:00:00Z'))).toBe(true);
    expect(isActionOverdue({ dueDate: due, status: 'DONE' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isActionOverdue({ dueDate: 'not a date', status: 'OPEN' }, Date.now())).toBe(false);
  });

  it('counts a closing at any time of the due day as on time', () => {
    expect(closedOnTime({ dueDate: due, closedAt: null })).toBeNull();
    expect(closedOnTime({ dueDate: due, closedAt: '2026-10-20T15:00:00.000Z' })).toBe(true);
    expect(closedOnTime({ dueDate: due, closedAt: '2026-10-31T23:59:00.000Z' })).toBe(true);
    expect(closedOnTime({ dueDate: due, closedAt: '2026-11-01T00:00:00.000Z' })).toBe(false);
  });
});
