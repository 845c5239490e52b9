import { createCache } from '@jointops/web-data';
import { applyPlanEvent } from '../live/apply-plan-event';
import { cachedPlan, CBP, NCSHP, planEvent, readWholePlan, writeWholePlan } from '../live/live-fixtures';

const approvalNode = (id: string, agency: typeof CBP | typeof NCSHP, status: string, revision: number | null = null) => ({
  __typename: 'Approval' as const,
  id,
  status,
  revision,
  contentHash: revision ? 'a'.repeat(64) : null,
  decidedAt: revision ? '2027-01-03T10:00:00Z' : null,
  comment: '',
  meaning: null,
  secondFactor: null,
  agency,
  decidedBy: revision ? { __typename: 'User' as const, id: 'u-lead', displayName: 'A Lead' } : null,
});

function setup() {
  const cache = createCache();
  const plan = { ...cachedPlan(), status: 'IN_REVIEW' as const, approvals: [approvalNode('ap1', CBP, 'APPROVED', 9), approvalNode('ap2', NCSHP, 'PENDING')] };
  writeWholePlan(cache, plan);
  const read = () => readWholePlan(cache);
  return { cache, read };
}

describe('APPROVAL_* events in the cache', () => {
  it('turns an approval stale in Plan.approvals', () => {
    const { cache, read } = setup();
    applyPlanEvent(cache, planEvent(10, 'APPROVAL_STALE', 'APPROVAL', 'ap1', approvalNode('ap1', CBP, 'STALE', 9)), 9);
    expect(read().approvals.map((a) => [a.agency.shortName, a.status])).toEqual([
      ['CBP', 'STALE'],
      ['NCSHP', 'PENDING'],
    ]);
  });

  it('records a decision', () => {
    const { cache, read } = setup();
    applyPlanEvent(cache, planEvent(10, 'APPROVAL_DECIDED', 'APPROVAL', 'ap2', approvalNode('ap2', NCSHP, 'APPROVED', 10)), 9);
    const ncshp = read().approvals.find((a) => a.id === 'ap2')!;
    expect(ncshp.status).toBe('APPROVED');
    expect(ncshp.decidedBy?.displayName).toBe('A Lead');
  });

  it('replaces an agency’s old approval when a resubmission requests a new one', () => {
    const { cache, read } = setup();
    applyPlanEvent(cache, planEvent(10, 'APPROVAL_REQUESTED', 'APPROVAL', 'ap3', approvalNode('ap3', CBP, 'PENDING')), 9);
    expect(read().approvals.map((a) => a.id)).toEqual(['ap2', 'ap3']);
  });

  it('drops a removed approval', () => {
    const { cache, read } = setup();
    applyPlanEvent(cache, planEvent(10, 'APPROVAL_REMOVED', 'APPROVAL', 'ap2', null), 9);
    expect(read().approvals.map((a) => a.id)).toEqual(['ap1']);
  });
});
