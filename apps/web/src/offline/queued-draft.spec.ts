import type { DebriefFieldsFragment } from '@jointops/web-data';
import { draftWithQueued } from './queued-draft';
import type { QueuedWrite } from './store/types';

const OBJECTIVES = [
  { id: 'o1', title: 'Screen vehicles' },
  { id: 'o2', title: 'Keep stops lawful' },
];
const AUTHOR = { id: 'u1', displayName: 'Renee Jacobs' };
const AGENCY = { id: 'a1', shortName: 'WCSO', name: 'Wake County Sheriff' };
const save = (state: QueuedWrite['state'], narrative: string, lastStep: number): QueuedWrite => ({
  id: 1,
  clientKey: 'k-000000001',
  userId: 'u1',
  planId: 'p1',
  writtenAt: '2027-03-01T08:00:00.000Z',
  state,
  attempts: 0,
  summary: 'Your debrief draft',
  kind: 'saveDebrief',
  variables: { planId: 'p1', input: { outcomes: [{ objectiveId: 'o1', outcome: 'MET', notes: 'ok' }], narrative, lastStep } },
});

describe('the debrief draft as this device left it', () => {
  it('is the server draft when nothing waits, or when the waiting save was refused', () => {
    const server = { id: 'd1', version: 3, narrative: 'server' } as DebriefFieldsFragment;
    expect(draftWithQueued(server, [], OBJECTIVES, AUTHOR, AGENCY)).toBe(server);
    expect(draftWithQueued(server, [save('refused', 'mine', 2)], OBJECTIVES, AUTHOR, AGENCY)).toBe(server);
  });

  it('lays a waiting save over the server draft, keeping its id and version, at the step reached offline', () => {
    const server = { id: 'd1', version: 3, status: 'DRAFT', narrative: 'server', outcomes: [], incidents: [], strengths: ['x'], improvements: [], lastStep: 0 } as unknown as DebriefFieldsFragment;
    const draft = draftWithQueued(server, [save('waiting', 'written offline', 1)], OBJECTIVES, AUTHOR, AGENCY)!;
    expect(draft).toMatchObject({ id: 'd1', version: 3, narrative: 'written offline', lastStep: 1, strengths: [] });
    expect(draft.outcomes).toEqual([{ objective: { id: 'o1', title: 'Screen vehicles' }, outcome: 'MET', notes: 'ok' }]);
  });

  it('makes a draft from a waiting first save when the server has none yet', () => {
    const draft = draftWithQueued(null, [save('sending', 'first offline', 1)], OBJECTIVES, AUTHOR, AGENCY)!;
    expect(draft).toMatchObject({ version: 0, status: 'DRAFT', author: AUTHOR, agency: AGENCY, narrative: 'first offline', lastStep: 1 });
  });
});
