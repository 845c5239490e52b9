import { computeBlockers, wouldCreateCycle, type ReadinessInput } from './readiness';

const ready: ReadinessInput = {
  startsAt: '2027-03-01T06:00:00Z',
  endsAt: '2027-03-01T18:00:00Z',
  agencies: [
    { id: 'ncshp', shortName: 'NCSHP' },
    { id: 'cbp', shortName: 'CBP' },
  ],
  objectives: [{ id: 'o1', title: 'Secure the corridor', successCriteria: 'No incidents on I-40 between exits 270 and 290' }],
  roles: [{ agencyId: 'ncshp' }, { agencyId: 'cbp' }],
  checklist: [
    { id: 'c1', text: 'Counsel reviewed', required: true, status: 'SATISFIED' },
    { id: 'c2', text: 'Body cams', required: false, status: 'OPEN' },
  ],
  timeline: [
    { id: 't1', title: 'Briefing', startsAt: '2027-03-01T06:00:00Z', endsAt: '2027-03-01T07:00:00Z', dependsOnIds: [] },
    { id: 't2', title: 'Execution', startsAt: '2027-03-01T07:00:00Z', endsAt: '2027-03-01T12:00:00Z', dependsOnIds: ['t1'] },
  ],
};

const codes = (input: ReadinessInput) => computeBlockers(input).map((blocker) => [blocker.code, blocker.entityId]);

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
    expect(codes({ ...ready, roles: [{ agencyId: 'ncshp' }] })).toEqual([['AGENCY_WITHOUT_ROLE', 'cbp']]);
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
