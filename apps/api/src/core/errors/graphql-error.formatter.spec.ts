import { GraphQLError } from 'graphql';
import { AuthException, AuthExceptionCode } from '../../modules/auth/auth.exception';
import { ValidationException } from './app-exception';
import { createErrorFormatter } from './graphql-error.formatter';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['op'] });

describe('GraphQL error formatting', () => {
  const production = createErrorFormatter({ production: true });
  const development = createErrorFormatter({ production: false });

  it('maps module exceptions to the contract code, keeping their extensions', () => {
    const error = wrap(ValidationException.of('input.title', 'Title is required.'));
    expect(production(error.toJSON(), error)).toMatchObject({
      message: 'Title is required.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title', violations: [{ field: 'input.title', message: 'Title is required.' }] },
    });
    const locked = wrap(new AuthException(AuthExceptionCode.ACCOUNT_LOCKED, 'locked', { retryAfterSeconds: 60 }));
    expect(production(locked.toJSON(), locked).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
  });

  it('turns request-level failures into BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(production(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('hides the message of an unexpected error in production, never sending a stack', () => {
    const error = wrap(new Error('relation "x" does not exist'));
    expect(production(error.toJSON(), error)).toEqual({ message: 'Internal server error', path: ['op'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(development(error.toJSON(), error).message).toBe('relation "x" does not exist');
    expect(JSON.stringify(development(error.toJSON(), error))).not.toMatch(/stacktrace/);
  });
});
