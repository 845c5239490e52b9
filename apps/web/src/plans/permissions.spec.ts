import { PlanStatus } from '@jointops/domain';
import { planAccess } from './permissions';

const officer = { id: 'u1', roles: ['OFFICER'], agencyId: 'a1' };
const plan = (status: PlanStatus) => ({ status, leadAgency: { id: 'a1' }, agencies: [{ id: 'a1' }] });

describe('planAccess: why a frozen plan is read-only', () => {
  it('names what is still open at the plan\'s status, and only that', () => {
    expect(planAccess(plan(PlanStatus.ACTIVE), officer).readOnlyReason).toBe('The plan is Active: its content is frozen. The activity log, actual times and debriefs are open.');
    // The activity log closes with the operation; the report opens.
    expect(planAccess(plan(PlanStatus.COMPLETED), officer).readOnlyReason).toBe('The plan is Completed: its content is frozen. Actual times, debriefs and the after-action report are open.');
    expect(planAccess(plan(PlanStatus.CLOSED), officer).readOnlyReason).toBe('Read-only: the plan is Closed.');
  });
});
