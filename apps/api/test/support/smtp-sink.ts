import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it, its MIME parts decoded. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  /** Header names lowercased; values unfolded and decoded (RFC 2047 words). */
  headers: Record<string, string>;
  subject: string;
  messageId: string;
  text: string | null;
  html: string | null;
}

/**
 * A real SMTP server for the specs (smtp-server): it keeps what it accepts, can refuse recipients
 * (a 451, as a server in trouble does), stop listening and start again on the same port, or hold
 * a message's DATA unanswered (a sender stuck mid-send).
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** While set, every recipient is refused with this reply. */
  refusing: string | null = null;
  /** While set, DATA is read but not answered until `releaseHeld` (the held callbacks wait here). */
  holding = false;
  private held: Array<(error?: Error) => void> = [];
  private server: SMTPServer | null = null;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get heldCount(): number {
    return this.held.length;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // Stopping should not wait for a sender stuck mid-message.
      closeTimeout: 100,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refusing) return callback();
        const error = Object.assign(new Error(this.refusing), { responseCode: 451 });
        callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const accept = (error?: Error) => {
            if (error) return callback(error);
            this.received.push(parseMail(raw, session.envelope.rcptTo.map((rcpt) => rcpt.address)));
            callback();
          };
          if (this.holding) this.held.push(accept);
          else accept();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening (the next start takes the same port); connections are dropped. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Answers the held messages: refused (451) unless `accept`. */
  releaseHeld(accept: boolean): void {
    const held = this.held;
    this.held = [];
    for (const answer of held) answer(accept ? undefined : Object.assign(new Error('Try again later'), { responseCode: 451 }));
  }

  /** The messages so far that satisfy `predicate`. */
  find(predicate: (mail: ReceivedMail) => boolean): ReceivedMail[] {
    return this.received.filter(predicate);
  }

  /** Waits (bounded) until `count` messages satisfy `predicate`, and returns them. */
  async waitFor(predicate: (mail: ReceivedMail) => boolean, count = 1, ms = 20_000): Promise<ReceivedMail[]> {
    return waitUntil(() => {
      const found = this.find(predicate);
      return found.length >= count ? found : null;
    }, ms, () => `${count} matching emails; received ${this.received.length}: ${JSON.stringify(this.received.map((mail) => [mail.to, mail.subject]))}`);
  }
}

/** Polls `check` until it returns a value (not null/undefined/false), or throws after `ms`. */
export async function waitUntil<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, ms = 20_000, what: () => string = () => 'a condition'): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() - started > ms) throw new Error(`Timed out after ${ms} ms waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ───────────────────── just enough MIME to read what nodemailer writes ─────────────────────

function splitHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeQuotedPrintable(value: string): Buffer {
  const bytes: number[] = [];
  const text = value.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return Buffer.from(bytes);
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, word: string) =>
      (encoding.toUpperCase() === 'B' ? Buffer.from(word, 'base64') : decodeQuotedPrintable(word.replace(/_/g, ' '))).toString('utf8'),
    );
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body).toString('utf8');
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = splitHeaders(raw.slice(0, split));
  const body = raw.slice(split + 4);
  let text: string | null = null;
  let html: string | null = null;
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => {
          const partSplit = part.indexOf('\r\n\r\n');
          return { headers: splitHeaders(part.slice(2, partSplit)), body: part.slice(partSplit + 4).replace(/\r\n$/, '') };
        })
    : [{ headers, body }];
  for (const part of parts) {
    const type = (part.headers['content-type'] ?? 'text/plain').toLowerCase();
    if (type.startsWith('text/plain')) text = decodeBody(part.headers, part.body).replace(/\r\n/g, '\n');
    if (type.startsWith('text/html')) html = decodeBody(part.headers, part.body).replace(/\r\n/g, '\n');
  }
  return { to, raw, headers, subject: headers.subject ?? '', messageId: headers['message-id'] ?? '', text, html };
}
