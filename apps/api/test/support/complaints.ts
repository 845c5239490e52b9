import { request as httpRequest } from 'node:http';
import type { GqlResponse, TestApp } from './test-app';

export const FILE_COMPLAINT = `mutation($input: ComplaintInput!) { fileComplaint(input: $input) { trackingCode receivedAt } }`;
export const COMPLAINT_STATUS = `query($code: String!) { complaintStatus(trackingCode: $code) { status receivedAt updatedAt outcome } }`;
export const COMPLAINT_FIELDS = `id category status occurredAt location description contact outcome receivedAt updatedAt version agency { id } plan { id }`;
export const UPDATE_COMPLAINT = `mutation($id: ID!, $v: Int!, $patch: ComplaintPatch!) { updateComplaint(id: $id, expectedVersion: $v, patch: $patch) { ${COMPLAINT_FIELDS} } }`;

/** A complaint as the public form sends it: no contact, no agency. */
export const COMPLAINT = {
  category: 'USE_OF_FORCE',
  occurredAt: '2026-05-02T21:30:00.000Z',
  location: 'I-40 eastbound, exit 289 checkpoint',
  description: 'An officer pushed me against the car while I was answering his questions.',
} as const;

let lastAddress = 0;
/** A fresh client address, so each filing counts against its own limit unless a spec says otherwise. */
export function nextAddress(): string {
  lastAddress += 1;
  return `10.${(lastAddress >> 16) & 255}.${(lastAddress >> 8) & 255}.${lastAddress & 255}`;
}

/**
 * POSTs an operation to /graphql as a browser would, with an optional X-Forwarded-For (believed
 * only when the server trusts the loopback proxy) and an optional session token.
 */
export async function post(t: Pick<TestApp, 'url'>, query: string, variables: Record<string, unknown>, options: { forwardedFor?: string; token?: string; body?: string } = {}): Promise<GqlResponse & { httpStatus: number }> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body ?? JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GqlResponse = { status: response.status };
  try {
    body = JSON.parse(text) as GqlResponse;
  } catch {
    // An HTML or plain-text refusal (413 from the body parser).
  }
  return { ...body, status: response.status, httpStatus: response.status };
}

/** Files a complaint without a session from `forwardedFor` (a fresh address unless given). */
export function fileComplaint(t: Pick<TestApp, 'url'>, input: Record<string, unknown> = {}, forwardedFor: string = nextAddress()) {
  return post(t, FILE_COMPLAINT, { input: { ...COMPLAINT, ...input } }, { forwardedFor });
}

/** Rows of the complaint tables, to show that a refusal wrote nothing. */
export async function complaintFootprint(t: Pick<TestApp, 'db'>): Promise<Record<string, number | string>> {
  const [row] = await t.db.query(
    `SELECT (SELECT count(*)::int FROM complaints) AS complaints, (SELECT count(*)::int FROM complaint_history) AS history, (SELECT count(*)::int FROM complaint_filings) AS filings,
            (SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY c.id), '')) FROM complaints c) AS digest`,
  );
  return row;
}

/** POSTs `body` to /graphql chunked (no Content-Length, as a stream would), with a bearer token; resolves to the HTTP status. */
export function postChunked(t: Pick<TestApp, 'url'>, body: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'transfer-encoding': 'chunked' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    for (let at = 0; at < body.length; at += 16_384) request.write(body.slice(at, at + 16_384));
    request.end();
  });
}
