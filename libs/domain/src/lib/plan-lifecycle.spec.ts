import { approvalsVoidedByContentChange, canEditContent, contentChangeVoidsApprovals, isReadOnly, nextStatus, PLAN_STATUSES, PlanAction } from './plan-lifecycle';

describe('plan lifecycle', () => {
  it.each([
    ['DRAFT', 'SUBMIT', 'IN_REVIEW'],
    ['IN_REVIEW', 'APPROVE_ALL', 'APPROVED'],
    ['IN_REVIEW', 'REJECT', 'DRAFT'],
    ['APPROVED', 'CONTENT_CHANGE', 'IN_REVIEW'],
    ['APPROVED', 'ACTIVATE', 'ACTIVE'],
    ['ACTIVE', 'COMPLETE', 'COMPLETED'],
    ['COMPLETED', 'FINALIZE', 'CLOSED'],
    ['DRAFT', 'CANCEL', 'CANCELLED'],
    ['IN_REVIEW', 'CANCEL', 'CANCELLED'],
    ['APPROVED', 'CANCEL', 'CANCELLED'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each([
    ['DRAFT', 'ACTIVATE'],
    ['IN_REVIEW', 'ACTIVATE'],
    ['ACTIVE', 'CANCEL'],
    ['ACTIVE', 'CONTENT_CHANGE'],
    ['COMPLETED', 'CONTENT_CHANGE'],
    ['CLOSED', 'CANCEL'],
    ['CANCELLED', 'SUBMIT'],
  ] as const)('refuses %s --%s-->', (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });

  it('allows content edits only in DRAFT, IN_REVIEW and APPROVED', () => {
    expect(PLAN_STATUSES.filter(canEditContent)).toEqual(['DRAFT', 'IN_REVIEW', 'APPROVED']);
  });

  it('voids approvals on edits in IN_REVIEW and APPROVED only', () => {
    expect(PLAN_STATUSES.filter(contentChangeVoidsApprovals)).toEqual(['IN_REVIEW', 'APPROVED']);
  });

  it('names the approved sign-offs an edit would void, only where edits void them', () => {
    const approvals = [
      { agency: 'NCSHP', status: 'APPROVED' },
      { agency: 'CBP', status: 'STALE' },
      { agency: 'WCSO', status: 'PENDING' },
      { agency: 'DEA', status: 'APPROVED' },
    ];
    expect(approvalsVoidedByContentChange('IN_REVIEW', approvals).map((a) => a.agency)).toEqual(['NCSHP', 'DEA']);
    expect(approvalsVoidedByContentChange('APPROVED', approvals).map((a) => a.agency)).toEqual(['NCSHP', 'DEA']);
    expect(approvalsVoidedByContentChange('DRAFT', approvals)).toEqual([]);
    expect(approvalsVoidedByContentChange('ACTIVE', approvals)).toEqual([]);
  });

  it('treats CLOSED and CANCELLED as read-only', () => {
    expect(PLAN_STATUSES.filter(isReadOnly)).toEqual(['CLOSED', 'CANCELLED']);
    expect(Object.keys(PlanAction)).toHaveLength(8);
  });
});
