import { BLOCKER_FIX_LABELS } from './labels';
import { ACCOUNTABILITY_BLOCKERS, BlockerCode, computeBlockers, isAccountabilityBlocker, READINESS_CHECKED_WHILE, withAccountabilityBlockers, wouldCreateCycle, type ReadinessInput } from './readiness';

const ready: ReadinessInput = {
  startsAt: '2027-03-01T06:00:00Z',
  endsAt: '2027-03-01T18:00:00Z',
  agencies: [
    { id: 'ncshp', shortName: 'NCSHP' },
    { id: 'cbp', shortName: 'CBP' },
  ],
  objectives: [{ id: 'o1', title: 'Secure the corridor', successCriteria: 'No incidents on I-40 between exits 270 and 290' }],
  roles: [
    { id: 'r1', title: 'Commander', agencyId: 'ncshp', assigneeId: 'u1' },
    { id: 'r2', title: 'Liaison', agencyId: 'cbp', assigneeId: 'u2' },
  ],
  resources: [{ agencyId: 'ncshp', quantity: 4 }, { agencyId: 'cbp', quantity: 1 }],
  comms: [{ id: 'k1' }],
  checklist: [
    { id: 'c1', text: 'Counsel reviewed', required: true, status: 'SATISFIED' },
    { id: 'c2', text: 'Body cams', required: false, status: 'OPEN' },
  ],
  timeline: [
    { id: 't1', title: 'Briefing', startsAt: '2027-03-01T06:00:00Z', endsAt: '2027-03-01T07:00:00Z', dependsOnIds: [] },
    { id: 't2', title: 'Execution', startsAt: '2027-03-01T07:00:00Z', endsAt: '2027-03-01T12:00:00Z', dependsOnIds: ['t1'] },
  ],
  places: [{ id: 'p1', name: 'Command post, Exit 279 weigh station', kind: 'COMMAND_POST', coordinates: [[-78.4, 35.6]] }],
  operationType: 'CHECKPOINT',
  leadAgencyId: 'ncshp',
};

const codes = (input: ReadinessInput) => computeBlockers(input).map((blocker) => [blocker.code, blocker.entityId]);

describe('readiness blockers: operation type, agreements and training', () => {
  const agreement = { agencyIds: ['ncshp', 'cbp'], scope: ['CHECKPOINT'], effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: null };
  const facts = (over: Partial<NonNullable<ReadinessInput['accountability']>> = {}): NonNullable<ReadinessInput['accountability']> => ({
    agreements: [agreement],
    requiredCourses: [{ id: 'ss', code: 'SS-101', title: 'Search and seizure' }],
    records: [
      { userId: 'u1', courseId: 'ss', expiresOn: null },
      { userId: 'u2', courseId: 'ss', expiresOn: '2027-03-01T18:00:00Z' },
    ],
    people: new Map([['u1', 'Dana Whitfield'], ['u2', 'Maria Lopez']]),
    agenciesWithLead: new Set(['ncshp', 'cbp']),
    ...over,
  });

  it('OPERATION_TYPE_MISSING without a type, right after the window', () => {
    expect(codes({ ...ready, operationType: null })).toEqual([['OPERATION_TYPE_MISSING', null]]);
  });

  it('judges agreements and training only when given the facts (the web takes them from the server)', () => {
    expect(codes({ ...ready, accountability: facts() })).toEqual([]);
    expect(codes({ ...ready, accountability: undefined })).toEqual([]);
  });

  it('AGREEMENT_MISSING and AGREEMENT_SCOPE name the agency; the lead needs none with itself', () => {
    expect(codes({ ...ready, accountability: facts({ agreements: [] }) })).toEqual([['AGREEMENT_MISSING', 'cbp']]);
    expect(codes({ ...ready, accountability: facts({ agreements: [{ ...agreement, expiresOn: '2027-03-01T12:00:00Z' }] }) })).toEqual([['AGREEMENT_MISSING', 'cbp']]);
    expect(codes({ ...ready, operationType: 'SURVEILLANCE', accountability: facts() })).toEqual([['AGREEMENT_SCOPE', 'cbp']]);
  });

  it('puts the agreement and training blockers taken apart back where computeBlockers lists them', () => {
    const plan = { ...ready, comms: [], roles: [...ready.roles, { id: 'r3', title: 'Spare', agencyId: 'cbp', assigneeId: null }], accountability: facts({ agreements: [], records: [] }) };
    const all = computeBlockers(plan);
    const accountability = all.filter((blocker) => ACCOUNTABILITY_BLOCKERS.includes(blocker.code));
    expect(accountability.length).toBeGreaterThan(0);
    expect(withAccountabilityBlockers(computeBlockers({ ...plan, accountability: undefined }), accountability)).toEqual(all);
    expect(withAccountabilityBlockers([], accountability)).toEqual(accountability);
  });

  it('AGENCY_WITHOUT_LEAD names each agency no active agency lead can sign for, until every agency has signed', () => {
    const oleo = { ...ready, agencies: [...ready.agencies, { id: 'oleo', shortName: 'NC OLEO' }], roles: [...ready.roles, { id: 'r3', title: 'Observer', agencyId: 'oleo', assigneeId: 'u1' }], resources: [...ready.resources, { agencyId: 'oleo', quantity: 1 }] };
    const blockers = computeBlockers({ ...oleo, accountability: facts({ agreements: [{ ...agreement, agencyIds: ['ncshp', 'cbp', 'oleo'] }] }) });
    expect(blockers.map((b) => [b.code, b.entityId])).toEqual([['AGENCY_WITHOUT_LEAD', 'oleo']]);
    expect(blockers[0]!.message).toBe('NC OLEO has no agency lead to sign the plan.');
    // The lead agency too, when its lead has gone.
    expect(codes({ ...ready, accountability: facts({ agenciesWithLead: new Set(['cbp']) }) })).toEqual([['AGENCY_WITHOUT_LEAD', 'ncshp']]);
    for (const status of READINESS_CHECKED_WHILE) expect(codes({ ...ready, status, accountability: facts({ agenciesWithLead: new Set() }) })).toHaveLength(2);
    // Approved: every agency signed; activation needs no signature.
    expect(codes({ ...ready, status: 'APPROVED', accountability: facts({ agenciesWithLead: new Set() }) })).toEqual([]);
    // Not judged without the facts (the web takes it from the server).
    expect(codes({ ...oleo, accountability: undefined })).toEqual([]);
  });

  it('TRAINING_MISSING names the person and the course, once per role and course', () => {
    const blockers = computeBlockers({ ...ready, accountability: facts({ records: [{ userId: 'u1', courseId: 'ss', expiresOn: '2027-03-01T17:59:59Z' }] }) });
    expect(blockers.map((b) => [b.code, b.entityId])).toEqual([
      ['TRAINING_MISSING', 'r1'],
      ['TRAINING_MISSING', 'r2'],
    ]);
    expect(blockers[0]!.message).toBe('Dana Whitfield (Commander) lacks Search and seizure (SS-101), current through the end of the operation.');
  });
});

describe('isAccountabilityBlocker', () => {
  it('picks exactly the blockers only the API judges', () => {
    const all = Object.values(BlockerCode).map((code) => ({ code }));
    expect(all.filter(isAccountabilityBlocker).map((blocker) => blocker.code)).toEqual([...ACCOUNTABILITY_BLOCKERS]);
    expect(isAccountabilityBlocker({ code: 'SOMETHING_ELSE' })).toBe(false);
  });
});

describe('readiness blockers', () => {
  it('finds none in a complete plan (an optional open item does not block)', () => {
    expect(computeBlockers(ready)).toEqual([]);
  });

  it('NO_OBJECTIVES', () => {
    expect(codes({ ...ready, objectives: [] })).toEqual([['NO_OBJECTIVES', null]]);
  });

  it('OBJECTIVE_WITHOUT_CRITERIA names the objective', () => {
    expect(codes({ ...ready, objectives: [{ id: 'o9', title: 'x', successCriteria: '  ' }] })).toEqual([['OBJECTIVE_WITHOUT_CRITERIA', 'o9']]);
  });

  it('AGENCY_WITHOUT_ROLE names the agency', () => {
    expect(codes({ ...ready, roles: [ready.roles[0]] })).toEqual([['AGENCY_WITHOUT_ROLE', 'cbp']]);
  });

  it('AGENCY_WITHOUT_RESOURCE names the agency', () => {
    expect(codes({ ...ready, resources: [{ agencyId: 'cbp', quantity: 1 }] })).toEqual([['AGENCY_WITHOUT_RESOURCE', 'ncshp']]);
  });

  it('AGENCY_WITHOUT_RESOURCE counts no resource of quantity 0', () => {
    expect(codes({ ...ready, resources: [{ agencyId: 'cbp', quantity: 1 }, { agencyId: 'ncshp', quantity: 0 }] })).toEqual([['AGENCY_WITHOUT_RESOURCE', 'ncshp']]);
    expect(codes({ ...ready, resources: [...ready.resources, { agencyId: 'ncshp', quantity: 0 }] })).toEqual([]);
  });

  it('ROLE_WITHOUT_ASSIGNEE names the role', () => {
    expect(codes({ ...ready, roles: [ready.roles[0], { ...ready.roles[1], assigneeId: null }] })).toEqual([['ROLE_WITHOUT_ASSIGNEE', 'r2']]);
  });

  it('NO_WINDOW when the start or the end is missing (and nothing can be outside it)', () => {
    expect(codes({ ...ready, startsAt: null })).toEqual([['NO_WINDOW', null]]);
    expect(codes({ ...ready, endsAt: undefined })).toEqual([['NO_WINDOW', null]]);
  });

  it('NO_TIMELINE and NO_COMMS', () => {
    expect(codes({ ...ready, timeline: [] })).toEqual([['NO_TIMELINE', null]]);
    expect(codes({ ...ready, comms: [] })).toEqual([['NO_COMMS', null]]);
  });

  it('WINDOW_STARTED from the start of the window on, judged at the time given', () => {
    const start = Date.parse('2027-03-01T06:00:00Z');
    expect(codes(ready)).toEqual([]);
    expect(computeBlockers(ready, { now: start - 1 })).toEqual([]);
    expect(computeBlockers(ready, { now: start }).map((b) => b.code)).toEqual(['WINDOW_STARTED']);
    expect(computeBlockers({ ...ready, startsAt: '2020-05-01T00:00:00Z', endsAt: '2020-05-02T00:00:00Z', timeline: [] }, { now: new Date('2026-01-01') }).map((b) => b.code)).toEqual(['WINDOW_STARTED', 'NO_TIMELINE']);
  });

  it('WINDOW_STARTED only while submission or approval is ahead (never for activation or later)', () => {
    const later = { now: '2027-03-02T00:00:00Z' };
    expect(READINESS_CHECKED_WHILE).toEqual(['DRAFT', 'IN_REVIEW']);
    for (const status of ['DRAFT', 'IN_REVIEW']) expect(computeBlockers({ ...ready, status }, later).map((b) => b.code)).toEqual(['WINDOW_STARTED']);
    for (const status of ['APPROVED', 'ACTIVE', 'COMPLETED', 'CLOSED', 'CANCELLED']) expect(computeBlockers({ ...ready, status }, later)).toEqual([]);
  });

  it('has a fix label for every code', () => {
    for (const code of Object.values(BlockerCode)) expect(BLOCKER_FIX_LABELS[code]).toMatch(/\w/);
  });

  it('REQUIRED_CHECKLIST_OPEN names the item', () => {
    expect(codes({ ...ready, checklist: [{ id: 'c3', text: 'Warrant', required: true, status: 'OPEN' }] })).toEqual([['REQUIRED_CHECKLIST_OPEN', 'c3']]);
  });

  it('TIMELINE_DEPENDENCY_OVERLAP when an event starts before its dependency ends', () => {
    const timeline = [ready.timeline[0], { ...ready.timeline[1], startsAt: '2027-03-01T06:30:00Z' }];
    expect(codes({ ...ready, timeline })).toEqual([['TIMELINE_DEPENDENCY_OVERLAP', 't2']]);
  });

  it('TIMELINE_OUTSIDE_WINDOW when an event falls outside the plan window', () => {
    const timeline = [ready.timeline[0], { ...ready.timeline[1], endsAt: '2027-03-01T19:00:00Z' }];
    expect(codes({ ...ready, timeline })).toEqual([['TIMELINE_OUTSIDE_WINDOW', 't2']]);
  });

  it('accepts Date objects as well as strings', () => {
    const timeline = ready.timeline.map((event) => ({ ...event, startsAt: new Date(event.startsAt), endsAt: new Date(event.endsAt) }));
    expect(computeBlockers({ ...ready, timeline })).toEqual([]);
  });
});

describe('dependency cycles', () => {
  const edges = new Map<string, string[]>([
    ['b', ['a']],
    ['c', ['b']],
  ]);
  it('detects a cycle through existing edges', () => {
    expect(wouldCreateCycle(edges, 'a', ['c'])).toBe(true);
  });
  it('detects a self-dependency', () => {
    expect(wouldCreateCycle(edges, 'a', ['a'])).toBe(true);
  });
  it('allows an acyclic edge', () => {
    expect(wouldCreateCycle(edges, 'd', ['c'])).toBe(false);
  });
});
