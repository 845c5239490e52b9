import { json, type RequestHandler } from 'express';
import { requestToken } from './session-cookie';

/**
 * A smaller JSON body limit for requests that carry no session (the public complaint form,
 * sign-in): over `limit` bytes they are refused with 413 before the body is parsed. A request
 * with a session token goes on to the general parser and its limit (QUERY_LIMITS.maxBodyBytes);
 * body-parser marks a parsed request, so the general parser then leaves it alone.
 */
export function anonymousBodyLimit(limit: number): RequestHandler {
  const parse = json({ limit });
  return (req, res, next) => (requestToken(req) ? next() : parse(req, res, next));
}
