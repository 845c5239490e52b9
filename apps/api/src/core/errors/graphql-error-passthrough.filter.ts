import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands an exception thrown in a resolver back to GraphQL as it is. Without it Nest's own handler
 * ("ExceptionsHandler") would log every unexpected one a second time, without the request id:
 * the GraphQL paths log them once themselves (`logUnexpectedErrors`). Anything outside GraphQL
 * (the health, PDF and sign-in routes) gets Nest's usual handling, which answers and logs.
 */
@Catch()
export class GraphqlErrorPassthrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
