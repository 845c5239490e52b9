/**
 * A browser's HTTP, for redirect flows between servers (single sign-on): follows redirects one at
 * a time and keeps cookies by host (not port, as browsers do), path, Max-Age and Expires. Enough
 * for the test servers on 127.0.0.1; no domain matching, no SameSite.
 */
interface Cookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expires: number | null;
}

export interface Visit {
  /** Where the walk stopped: the last URL fetched, or the first one `until` matched (not fetched). */
  url: URL;
  /** The last answer's status and body (0 and '' when `until` stopped before fetching). */
  status: number;
  body: string;
}

export interface WalkOptions {
  /** Stop before fetching a URL this matches. */
  until?: (url: URL) => boolean;
  method?: 'GET' | 'POST';
  form?: Record<string, string>;
}

export class HttpBrowser {
  private cookies: Cookie[] = [];

  /** The value of a live cookie sent to `url`, or undefined. */
  cookie(name: string, url: string): string | undefined {
    return this.matching(new URL(url)).find((cookie) => cookie.name === name)?.value;
  }

  /** Fetches `url` and follows redirects (the method turns to GET after the first) until a page answers or `until` matches. */
  async walk(start: string, options: WalkOptions = {}): Promise<Visit> {
    let url = new URL(start);
    let method = options.method ?? 'GET';
    let form = options.form;
    for (let hop = 0; hop < 20; hop++) {
      if (options.until?.(url)) return { url, status: 0, body: '' };
      const cookieHeader = this.matching(url)
        .map((cookie) => `${cookie.name}=${cookie.value}`)
        .join('; ');
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        headers: {
          accept: 'text/html',
          ...(cookieHeader ? { cookie: cookieHeader } : {}),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      this.store(url, response.headers.getSetCookie());
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url, status: response.status, body: await response.text() };
      await response.arrayBuffer();
      url = new URL(location, url);
      method = 'GET';
      form = undefined;
    }
    throw new Error(`too many redirects, last at ${url.href}`);
  }

  private matching(url: URL): Cookie[] {
    const now = Date.now();
    this.cookies = this.cookies.filter((cookie) => cookie.expires === null || cookie.expires > now);
    return this.cookies.filter((cookie) => cookie.host === url.hostname && (url.pathname === cookie.path || url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`)));
  }

  private store(url: URL, headers: string[]): void {
    for (const header of headers) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const cookie: Cookie = { name: pair.slice(0, at), value: pair.slice(at + 1), host: url.hostname, path: defaultPath(url), expires: null };
      for (const attribute of attributes) {
        const [key, value = ''] = attribute.split('=');
        const name = key.toLowerCase();
        if (name === 'path' && value.startsWith('/')) cookie.path = value;
        else if (name === 'max-age') cookie.expires = Date.now() + Number(value) * 1000;
        else if (name === 'expires' && !attributes.some((other) => other.toLowerCase().startsWith('max-age='))) cookie.expires = Date.parse(value);
      }
      // Max-Age wins over Expires; either in the past removes the cookie.
      this.cookies = this.cookies.filter((other) => !(other.name === cookie.name && other.host === cookie.host && other.path === cookie.path));
      if (cookie.expires === null || cookie.expires > Date.now()) this.cookies.push(cookie);
    }
  }
}

function defaultPath(url: URL): string {
  const last = url.pathname.lastIndexOf('/');
  return last <= 0 ? '/' : url.pathname.slice(0, last);
}
