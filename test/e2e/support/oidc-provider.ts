import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', '..', 'apps/api/test/support/oidc-provider.mjs');

export interface ProviderAccount {
  password: string;
  email?: string;
  emailVerified?: boolean;
  amr?: string[];
}

export interface ProviderProcess {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Provider (oidc-provider, the API's test one: apps/api/test/support/oidc-provider.mjs)
 * in a child process on 127.0.0.1, with one client whose redirect URI is `redirectUri` and these
 * accounts (by username). Its login page asks for Username and Password.
 */
export async function startOidcProvider(redirectUri: string, accounts: Record<string, ProviderAccount>): Promise<ProviderProcess> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT], {
    env: { PATH: process.env.PATH ?? '', OIDC_TEST_PROVIDER: JSON.stringify({ redirectUri, accounts }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = await new Promise<{ issuer: string; clientId: string; clientSecret: string }>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve(JSON.parse(line));
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`the OpenID Provider exited (${code}):\n${output}`)));
  });
  return {
    ...started,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
