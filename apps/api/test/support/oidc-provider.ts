import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importEsm } from '../../src/modules/sso/import-esm';

/**
 * A real OpenID Provider for tests: oidc-provider 9 (a certified implementation), in this
 * process, on 127.0.0.1 only. It is ES modules only and checks that its configuration is made of
 * plain objects of its own realm, so it is set up in oidc-provider.mjs, loaded through Node's own
 * loader (import-esm.ts, as the server loads openid-client) rather than jest's. Its login page
 * (a username, a password, and Cancel) is filled by a test or a browser, and the account's `amr`
 * goes into the ID token as a real provider's would.
 *
 * Two steps, because each side needs the other's address: `prepareOidcProvider()` listens and
 * knows its issuer (give it to the server's JOINTOPS_OIDC_ISSUER: the server discovers lazily),
 * then `start(redirectUri)` registers the client with the server's callback.
 */
export interface ProviderAccount {
  password: string;
  email?: string;
  emailVerified?: boolean;
  /** Authentication methods (RFC 8176) the provider says it checked; none when absent. */
  amr?: string[];
}

interface ProviderOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Map<string, ProviderAccount>;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** By username (also the `sub`); tests may add or change accounts at any time. */
  accounts: Map<string, ProviderAccount>;
  start(redirectUri: string): Promise<void>;
  close(): Promise<void>;
}

export async function prepareOidcProvider(): Promise<TestOidcProvider> {
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server: Server = createServer((req, res) => {
    if (handle) return handle(req, res);
    res.statusCode = 503;
    res.end('not started');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, ProviderAccount>();
  const clientId = 'jointops-test';
  const clientSecret = randomBytes(24).toString('base64url');

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    async start(redirectUri) {
      const { providerHandler } = await importEsm<{ providerHandler(options: ProviderOptions): Promise<typeof handle> }>(pathToFileURL(join(__dirname, 'oidc-provider.mjs')).href);
      handle = await providerHandler({ issuer, clientId, clientSecret, redirectUri, accounts });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
