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
});
