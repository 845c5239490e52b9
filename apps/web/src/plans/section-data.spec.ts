import { ApolloClient, ApolloLink } from '@apollo/client';
import { createCache, PlanWorkspaceDocument, TimelineSectionDocument } from '@jointops/web-data';
import { Observable } from 'rxjs';
import { cachedPlan } from '../live/live-fixtures';
import { preloadWorkspace } from './section-data';

/** What was started, in order: a request (its operation's name) or code (`code:<section>`). */
const started: string[] = [];

jest.mock('./section-code', () => ({
  SECTION_CODE: new Proxy({}, { get: (_target, section) => () => (started.push(`code:${String(section)}`), Promise.resolve({})) }),
}));

beforeEach(() => {
  started.length = 0;
});

const timelineEvent = {
  __typename: 'TimelineEvent',
  id: 't1',
  version: 1,
  title: 'Brief the teams',
  phase: 'BRIEFING',
  startsAt: '2027-03-01T08:00:00Z',
  endsAt: '2027-03-01T09:00:00Z',
  agency: null,
  dependsOnIds: [],
  notes: '',
  actualStartsAt: null,
  actualEndsAt: null,
  place: null,
};

/** A client whose server answers every plan query with the same plan, recording what was asked. */
function setup() {
  const sent: Array<{ name: string; variables: Record<string, unknown> }> = [];
  const channel = { __typename: 'CommsChannel', id: 'k1', version: 1, name: 'Tac 1', details: '', purpose: '', agency: null };
  const plan = { ...cachedPlan(), timeline: [timelineEvent], comms: [channel] };
  const link = new ApolloLink((operation) => {
    sent.push({ name: operation.operationName ?? '', variables: operation.variables });
    started.push(operation.operationName ?? '');
    return new Observable((observer) => {
      setTimeout(() => {
        observer.next({ data: { plan } });
        observer.complete();
      }, 0);
    });
  });
  const client = new ApolloClient({ cache: createCache(), link });
  return { client, sent };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('preloadWorkspace', () => {
  it('enters the timeline with one request holding the header and the timeline, nothing of the other sections', async () => {
    const { client, sent } = setup();
    preloadWorkspace(client, 'p1', 'timeline');
    // Entering again while it is in flight (a re-render) asks nothing more.
    preloadWorkspace(client, 'p1', 'timeline');
    await settle();
    expect(sent).toEqual([{ name: 'PlanWorkspaceWithTimeline', variables: { id: 'p1' } }]);
    // The workspace's and the timeline's own queries now read the cache.
    expect(client.readQuery({ query: PlanWorkspaceDocument, variables: { id: 'p1' } })?.plan?.title).toBe('Operation Safe Passage');
    expect(client.readQuery({ query: TimelineSectionDocument, variables: { id: 'p1' } })?.plan?.timeline.map((e) => e.title)).toEqual(['Brief the teams']);
  });

  it("sends the request before it asks for the section's code", async () => {
    const { client } = setup();
    preloadWorkspace(client, 'p1', 'timeline');
    await settle();
    // Asking for code appends a link per chunk: done first, it held the request back.
    expect(started).toEqual(['PlanWorkspaceWithTimeline', 'code:timeline']);
  });

  it('does not read the cache for a plan it has never seen (the first read of a large query is slow)', async () => {
    const { client } = setup();
    const readQuery = jest.spyOn(client, 'readQuery');
    preloadWorkspace(client, 'p1', 'timeline');
    expect(readQuery).not.toHaveBeenCalled();
    await settle();
  });

  it('then loads another section with its own query only, and a section already cached with none', async () => {
    const { client, sent } = setup();
    preloadWorkspace(client, 'p1', 'timeline');
    await settle();
    preloadWorkspace(client, 'p1', 'comms');
    await settle();
    preloadWorkspace(client, 'p1', 'timeline');
    await settle();
    expect(sent.map((operation) => operation.name)).toEqual(['PlanWorkspaceWithTimeline', 'CommsSection']);
  });

  it('loads only the workspace for a section without content of its own', async () => {
    const { client, sent } = setup();
    preloadWorkspace(client, 'p1', 'activity');
    await settle();
    expect(sent).toEqual([{ name: 'PlanWorkspace', variables: { id: 'p1' } }]);
  });
});
