import { gql } from '@apollo/client';
import { createApolloClient, createWsClient, reconnectDelay, webSocketUrl } from './apollo-client';
import { LoginDocument, MeDocument } from '../generated/graphql';

const ME = { __typename: 'User', id: 'u1', email: 'maria@example.gov', displayName: 'Maria Lopez', roles: ['PLANNER'], agency: { __typename: 'Agency', id: 'a1', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' } };

/** Just enough of a browser WebSocket for graphql-ws. */
class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static instances: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.instances.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.();
    }, 0);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }
}

function graphQLResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

function unauthenticated(status = 200) {
  return graphQLResponse({ errors: [{ message: 'Not signed in.', extensions: { code: 'UNAUTHENTICATED' } }], data: null }, status);
}

function setup(options: { signedIn?: boolean; respond: () => Response }) {
  const onUnauthenticated = jest.fn();
  const onAuthenticatedActivity = jest.fn();
  const fetch = jest.fn(async (_uri: RequestInfo | URL, _init?: RequestInit) => options.respond());
  const client = createApolloClient({
    httpUrl: 'http://localhost/graphql',
    wsUrl: 'ws://localhost/graphql',
    isSignedIn: () => options.signedIn ?? false,
    onUnauthenticated,
    onAuthenticatedActivity,
    fetch: fetch as unknown as typeof globalThis.fetch,
    webSocketImpl: FakeSocket,
  });
  return { client, fetch, onUnauthenticated, onAuthenticatedActivity };
}

function initOf(fetch: jest.Mock): RequestInit {
  return (fetch.mock.calls[0] as [unknown, RequestInit])[1];
}

describe('createApolloClient', () => {
  it('sends the session cookie (same origin), no bearer token, and reports an UNAUTHENTICATED answer while signed in as a lost session', async () => {
    const { client, fetch, onUnauthenticated } = setup({ signedIn: true, respond: () => unauthenticated() });

    const result = await client.query({ query: MeDocument, errorPolicy: 'all' }).catch((e: unknown) => ({ error: e }));

    expect(result.error).toBeDefined();
    expect(initOf(fetch).credentials).toBe('same-origin');
    expect(new Headers(initOf(fetch).headers as HeadersInit).get('authorization')).toBeNull();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('also recognises UNAUTHENTICATED in a non-2xx response body', async () => {
    const { client, onUnauthenticated } = setup({ signedIn: true, respond: () => unauthenticated(401) });
    await client.query({ query: MeDocument }).catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('leaves a wrong password on Login to the sign-in form', async () => {
    const { client, onUnauthenticated } = setup({
      signedIn: true,
      respond: () => graphQLResponse({ errors: [{ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } }], data: null }),
    });
    await expect(client.mutate({ mutation: LoginDocument, variables: { email: 'a@b.gov', password: 'nope' } })).rejects.toThrow(
      'Email or password is incorrect.',
    );
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('does not treat UNAUTHENTICATED as a lost session when the request was sent signed out (the start-up check)', async () => {
    const { client, onUnauthenticated, onAuthenticatedActivity } = setup({ signedIn: false, respond: () => unauthenticated() });
    await client.query({ query: MeDocument }).catch(() => undefined);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(onAuthenticatedActivity).not.toHaveBeenCalled();
  });

  it('ignores other error codes', async () => {
    const { client, onUnauthenticated } = setup({
      signedIn: true,
      respond: () => graphQLResponse({ errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }], data: null }),
    });
    await client.query({ query: MeDocument }).catch(() => undefined);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('reports authenticated activity on success, normalising the user by id', async () => {
    const { client, onAuthenticatedActivity, onUnauthenticated } = setup({ signedIn: true, respond: () => graphQLResponse({ data: { me: ME } }) });
    const { data } = await client.query({ query: MeDocument });
    expect(data?.me.displayName).toBe('Maria Lopez');
    expect(onAuthenticatedActivity).toHaveBeenCalledTimes(1);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect((client.cache.extract() as Record<string, unknown>)['User:u1']).toMatchObject({ displayName: 'Maria Lopez' });
  });
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createWsClient', () => {
  beforeEach(() => {
    FakeSocket.instances = [];
  });

  it('sends no token of its own (the browser sends the cookie on the upgrade) and reports a 4403 close without reconnecting', async () => {
    const onUnauthenticated = jest.fn();
    const ws = createWsClient({ wsUrl: 'ws://localhost/graphql', onUnauthenticated, webSocketImpl: FakeSocket });
    const error = jest.fn();
    ws.subscribe({ query: 'subscription { planPresence(planId: "p1") { focus } }' }, { next: () => undefined, error, complete: () => undefined });

    await flush();
    const [socket] = FakeSocket.instances;
    expect(socket.url).toBe('ws://localhost/graphql');
    expect(socket.sent[0]).toEqual({ type: 'connection_init' });

    socket.close(4403, 'Forbidden');
    await flush();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    expect(FakeSocket.instances).toHaveLength(1);
    await ws.dispose();
  });

  it('keeps reconnecting after other closes', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    try {
      const onUnauthenticated = jest.fn();
      const ws = createWsClient({ wsUrl: 'ws://localhost/graphql', onUnauthenticated, webSocketImpl: FakeSocket });
      ws.subscribe({ query: 'subscription { planPresence(planId: "p1") { focus } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      for (let attempt = 1; attempt <= 8; attempt++) {
        await jest.advanceTimersByTimeAsync(60_000);
        FakeSocket.instances.at(-1)!.close(1006, 'gone');
      }
      await jest.advanceTimersByTimeAsync(60_000);
      expect(FakeSocket.instances).toHaveLength(9);
      expect(FakeSocket.instances.at(-1)!.sent[0]).toEqual({ type: 'connection_init' });
      expect(onUnauthenticated).not.toHaveBeenCalled();
      void ws.dispose();
      await jest.advanceTimersByTimeAsync(60_000);
    } finally {
      jest.useRealTimers();
      jest.restoreAllMocks();
    }
  });
});

describe('helpers', () => {
  it('reconnectDelay backs off exponentially with jitter, capped at 30 s', () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(0, () => 1)).toBe(1000);
    expect(reconnectDelay(3, () => 1)).toBe(8000);
    expect(reconnectDelay(50, () => 1)).toBe(30_000);
    expect(reconnectDelay(50, () => 0)).toBe(15_000);
  });

  it('webSocketUrl follows the page protocol and host', () => {
    expect(webSocketUrl({ protocol: 'https:', host: 'jointops.example.gov' })).toBe('wss://jointops.example.gov/graphql');
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/graphql');
  });

  it('gql documents parse (sanity)', () => {
    expect(gql`query X { me { id } }`.kind).toBe('Document');
  });
});
