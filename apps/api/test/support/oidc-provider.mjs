// The test OpenID Provider itself (oidc-provider 9), as an ES module. Loaded in process by
// oidc-provider.ts (integration specs), or run on its own by the e2e specs (a path, not an import,
// from another project):
//   OIDC_TEST_PROVIDER='{"redirectUri":"http://127.0.0.1:3000/auth/oidc/callback","accounts":{"dana":{"password":"…","email":"…","emailVerified":true,"amr":["pwd","mfa"]}}}' \
//     node apps/api/test/support/oidc-provider.mjs
// listens on 127.0.0.1 (a free port) and prints one JSON line: { issuer, clientId, clientSecret }.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import Provider from 'oidc-provider';

/**
 * Answers a request handler for an OpenID Provider at `issuer` with one confidential client
 * (client_secret_basic, code flow, PKCE required) whose redirect URI is `redirectUri`. Accounts
 * are read from `accounts` (username -> { password, email, emailVerified, amr }) at each sign-in.
 * Consent is implied for that client, as an agency's provider does for its own applications.
 */
export async function providerHandler({ issuer, clientId, clientSecret, redirectUri, accounts }) {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(24).toString('base64url')] },
    // amr (RFC 8176) in every ID token, as Entra ID and Okta send it, not only when a client asks with the claims parameter.
    claims: { acr: null, amr: null, sid: null, auth_time: null, iss: null, openid: ['sub', 'amr'], email: ['email', 'email_verified'] },
    // The requested claims go in the ID token itself, as Entra ID, Okta and Keycloak put them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: { Grant: 3600, Session: 3600, Interaction: 600, AuthorizationCode: 60, IdToken: 600, AccessToken: 600 },
    findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          ...(account.email === undefined ? {} : { email: account.email }),
          ...(account.emailVerified === undefined ? {} : { email_verified: account.emailVerified }),
        }),
      };
    },
    async loadExistingGrant(ctx) {
      const { client, session, result } = ctx.oidc;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider server_error: ${error}\n`));
  const callback = provider.callback();

  return (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec((req.url ?? '').split('?')[0]);
    if (!match) return callback(req, res);
    interaction(provider, accounts, req, res, match[2] ?? '').catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  };
}

/** The provider's own sign-in page: GET shows it, POST …/login signs in, POST …/abort cancels. */
async function interaction(provider, accounts, req, res, step) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') return page(res, details.uid, null);
  if (req.method !== 'POST') {
    res.statusCode = 405;
    return void res.end();
  }
  const form = new URLSearchParams(await body(req));
  if (step === '/abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
  }
  const login = form.get('login') ?? '';
  const account = accounts.get(login);
  if (!account || account.password !== form.get('password')) return page(res, details.uid, 'Unknown username or wrong password.');
  const amr = account.amr ? { amr: [...account.amr] } : {};
  await provider.interactionFinished(req, res, { login: { accountId: login, ...amr } }, { mergeWithLastSubmission: false });
}

function page(res, uid, error) {
  res.statusCode = error ? 400 : 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Agency sign-in</title></head>
<body>
  <h1>Agency identity provider</h1>
  ${error ? `<p role="alert">${error}</p>` : ''}
  <form method="post" action="/interaction/${uid}/login">
    <label for="login">Username</label> <input id="login" name="login" autocomplete="username" autofocus>
    <label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password">
    <button type="submit">Sign in</button>
  </form>
  <form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>
</body></html>`);
}

function body(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      text += chunk;
      if (text.length > 10_000) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { redirectUri, accounts = {} } = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}');
  const clientId = 'jointops-test';
  const clientSecret = randomBytes(24).toString('base64url');
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  server.on('request', await providerHandler({ issuer, clientId, clientSecret, redirectUri, accounts: new Map(Object.entries(accounts)) }));
  process.on('SIGTERM', () => process.exit(0));
  process.stdout.write(`${JSON.stringify({ issuer, clientId, clientSecret })}\n`);
}
