import { enumOf } from './enums';
import { PlanStatus, PLAN_STATUSES } from './plan-lifecycle';

describe('enumOf', () => {
  it('maps each name to itself, in the order given', () => {
    const Phase = enumOf('PREPARATION', 'EXECUTION');
    expect(Phase).toEqual({ PREPARATION: 'PREPARATION', EXECUTION: 'EXECUTION' });
    expect(Object.keys(Phase)).toEqual(['PREPARATION', 'EXECUTION']);
  });

  it('keeps the lists that are read from an enumeration', () => {
    expect(PlanStatus.IN_REVIEW).toBe('IN_REVIEW');
    expect(PLAN_STATUSES).toEqual(['DRAFT', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CLOSED', 'CANCELLED']);
  });
});
