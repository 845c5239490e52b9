import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES } from '@jointops/domain';
import { CODE_MESSAGES, errorMessage, REQUEST_REFUSED_MESSAGE, serverFormErrors, UNREACHABLE_MESSAGE } from './errors';

const COST_LIMIT = 'Syntax Error: Query Cost limit of 20000 exceeded, found 24817.36.';
const RAW = 'relation "plan_events" does not exist at character 42';

const combined = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) => new CombinedGraphQLErrors({ errors });
/** An HTTP 400 whose body carries the errors, as the server answers a query it refuses before running it. */
const http400 = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  new ServerError('Response not successful: Received status code 400', { response: { status: 400 } as Response, bodyText: JSON.stringify({ errors }) });

describe('errorMessage never shows the server its own words', () => {
  it('turns a refused query (the cost limit, over HTTP 400 or in a result) into what failed and what to do', () => {
    for (const error of [http400({ message: COST_LIMIT, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }), combined({ message: COST_LIMIT }), combined({ message: 'Syntax Error: Unexpected Name', extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]) {
      const text = errorMessage(error);
      expect(text).toBe(REQUEST_REFUSED_MESSAGE);
      expect(text).not.toMatch(/syntax|cost|20000|exceeded/i);
    }
  });

  it.each(ERROR_CODES)('says the sentence for %s, not the server message', (code) => {
    const text = errorMessage(combined({ message: RAW, extensions: { code } }));
    expect(text).not.toContain(RAW);
    expect(text).not.toContain('plan_events');
    expect(text.length).toBeGreaterThan(20);
    if (code !== 'RATE_LIMITED') expect(text).toBe(CODE_MESSAGES[code]);
  });

  it('says how long to wait when the server says it, in its own sentence', () => {
    expect(errorMessage(combined({ message: RAW, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 61 } }))).toBe('Too many attempts. Try again in 2 minutes.');
    expect(errorMessage(combined({ message: RAW, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }))).toBe('Too many attempts. Try again in 1 minute.');
  });

  it('says the server could not be reached when no GraphQL answer came back', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(UNREACHABLE_MESSAGE);
    expect(errorMessage(new ServerError('Received status code 502', { response: { status: 502 } as Response, bodyText: '<html>Bad gateway</html>' }))).toBe(UNREACHABLE_MESSAGE);
  });

  it('still puts our own field messages next to their fields, and only a sentence elsewhere', () => {
    const input = combined({ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', violations: [{ field: 'input.title', message: 'Title is required.' }] } });
    expect(serverFormErrors(input, ['title'])).toEqual({ fields: { title: 'Title is required.' }, general: null });
    expect(serverFormErrors(combined({ message: RAW, extensions: { code: 'INTERNAL_SERVER_ERROR' } }), ['title'])).toEqual({ fields: {}, general: CODE_MESSAGES.INTERNAL_SERVER_ERROR });
  });
});
