import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import { start, waitFor, type Started } from './processes';

export interface NginxPorts {
  /** Replaces `api:3000`, which Docker's DNS resolves to every replica. */
  upstreams: string[];
  http: number;
  https: number;
  certDir: string;
}

/** Replaces `pattern`, which must occur exactly once, so a change to docker/nginx.conf cannot slip past unnoticed. */
function replaceOnce(text: string, pattern: RegExp, replacement: (match: RegExpMatchArray) => string): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length !== 1) throw new Error(`docker/nginx.conf: expected ${pattern} once, found it ${matches.length} times`);
  const [match] = matches;
  const at = match.index ?? 0;
  return text.slice(0, at) + replacement(match) + text.slice(at + match[0].length);
}

/**
 * docker/nginx.conf as Debian's nginx 1.22 runs it on this machine, changed only where it must be:
 *  1. `server api:3000 <parameters>;` becomes one `server 127.0.0.1:<port> <parameters>;` per replica
 *     (in compose, Docker's DNS answers every replica for `api`);
 *  2. `listen 80;` becomes `listen 127.0.0.1:<port>;`;
 *  3. `listen 443 ssl;` with `http2 on;` becomes `listen 127.0.0.1:<port> ssl http2;` (the `http2`
 *     directive came with nginx 1.25.1; 1.22 takes it as a listen parameter);
 *  4. `/etc/nginx/certs/` becomes the folder of the certificate the test generates.
 * Everything else (the upgrade map, the proxied headers, the timeouts, TLS) is used as written.
 */
export function deriveNginxConfig(source: string, ports: NginxPorts): string {
  let config = replaceOnce(source, /^(\s*)server api:3000( [^;]*)?;$/m, ([, indent, parameters = '']) =>
    ports.upstreams.map((address) => `${indent}server ${address}${parameters};`).join('\n'),
  );
  config = replaceOnce(config, /^(\s*)listen 80;$/m, ([, indent]) => `${indent}listen 127.0.0.1:${ports.http};`);
  config = replaceOnce(config, /^(\s*)listen 443 ssl;\n\s*http2 on;$/m, ([, indent]) => `${indent}listen 127.0.0.1:${ports.https} ssl http2;`);
  config = config.replaceAll('/etc/nginx/certs/', `${ports.certDir}/`);
  return config;
}

/**
 * What the official image's /etc/nginx/nginx.conf puts around conf.d/*.conf, with every file in
 * `dir` (pid, logs, temp folders), so nginx runs from there, not from /etc/nginx and /var.
 * The access log names the upstream each request went to.
 */
function mainConfig(dir: string): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  log_format topology '$request_method $uri $status upstream=$upstream_addr';
  access_log ${dir}/access.log topology;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include ${dir}/jointops.conf;
}
`;
}

/** A self-signed certificate for 127.0.0.1 and localhost, named as docker/certs expects. */
export function makeCertificate(certDir: string): Buffer {
  mkdirSync(certDir, { recursive: true });
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=jointops-topology-test', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout', join(certDir, 'privkey.pem'), '-out', join(certDir, 'fullchain.pem'),
  ], { stdio: 'pipe' });
  return readFileSync(join(certDir, 'fullchain.pem'));
}

/** Debian's nginx lives in /usr/sbin, which a non-root PATH may lack. */
export const NGINX = process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Writes the derived config into `dir` and runs nginx in the foreground from there. */
export async function startNginx(dir: string, source: string, ports: NginxPorts): Promise<Started> {
  mkdirSync(join(dir, 'temp'), { recursive: true });
  writeFileSync(join(dir, 'jointops.conf'), deriveNginxConfig(source, ports));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));
  const nginx = start('nginx', NGINX, ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { PATH: process.env.PATH ?? '' });
  await waitFor(
    'nginx to listen',
    async () => {
      if (nginx.exit()) throw new Error(`nginx exited (${JSON.stringify(nginx.exit())}):\n${nginx.output()}`);
      return (await accepts(ports.https)) && (await accepts(ports.http));
    },
    { timeoutMs: 15_000 },
  );
  return nginx;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
