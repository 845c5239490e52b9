import { logRequest } from './logger';

describe('the HTTP log', () => {
  it("never writes the single sign-on callback's code and state", () => {
    const logged = logRequest({ url: '/auth/oidc/callback?code=secret-code&state=secret-state&iss=x', query: { code: 'secret-code', state: 'secret-state' } });
    expect(JSON.stringify(logged)).not.toMatch(/secret/);
    expect(logged.url).toBe('/auth/oidc/callback');
  });

  it('writes other requests as they came', () => {
    expect(logRequest({ url: '/graphql?x=1', query: { x: '1' } })).toEqual({ url: '/graphql?x=1', query: { x: '1' } });
  });

  it('keeps no client address for a request without a session, and keeps it for a signed-in one', () => {
    const request = (headers: Record<string, string>) => ({ url: '/graphql', headers: { host: 'jointops.example', 'x-forwarded-for': '203.0.113.7', ...headers }, remoteAddress: '10.0.0.2', remotePort: 51234 });
    const anonymous = logRequest(request({ cookie: 'theme=dark' }));
    expect(JSON.stringify(anonymous)).not.toMatch(/203\.0\.113\.7|10\.0\.0\.2/);
    expect(anonymous.headers).toEqual({ host: 'jointops.example', cookie: 'theme=dark' });
    expect(logRequest(request({ cookie: 'theme=dark; jointops_session=abc' }))).toMatchObject({ remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(logRequest(request({ authorization: 'Bearer abc' }))).toMatchObject({ remoteAddress: '10.0.0.2' });
  });
});
