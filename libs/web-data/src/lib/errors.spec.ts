import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isUnreachableError } from './errors';

const serverError = (status: number, bodyText: string) => new ServerError(`Received status code ${status}`, { response: { status } as Response, bodyText });

describe('isUnreachableError: "could not be reached", as opposed to "refused"', () => {
  it('is true without a GraphQL answer: no network, or a proxy’s page in place of the API’s', () => {
    expect(isUnreachableError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isUnreachableError(serverError(502, '<html>Bad gateway</html>'))).toBe(true);
    expect(isUnreachableError(undefined)).toBe(true);
  });

  it('is false for any answer of the API: errors in the body, whatever the status', () => {
    expect(isUnreachableError(new CombinedGraphQLErrors({ errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }] }))).toBe(false);
    expect(isUnreachableError(serverError(400, JSON.stringify({ errors: [{ message: 'Bad.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] })))).toBe(false);
  });
});
