import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import type { DataloaderService } from '../dataloaders/dataloader.service';
import { createErrorFormatter } from '../errors/graphql-error.formatter';
import { logUnexpectedErrors } from '../errors/unexpected-errors';
import type { MetricsService } from '../metrics/metrics.service';
import { requestToken } from '../web/session-cookie';
import { DateTimeScalar } from './date-time.scalar';
import type { GqlContext } from './gql-context';
import { operationInputPlugin, operationRules, PARSE_OPTIONS } from './operation-validation';

/** Logs unexpected errors with the request id; expected ones (bad input, refusals) are not noise. */
function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          logUnexpectedErrors(logger, errors, { requestId: contextValue.requestId, operationName });
        },
      };
    },
  };
}

/** Request latency by operation, for /metrics. */
function timingPlugin(metrics: MetricsService): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      const stop = metrics.requestDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation }) {
          stop({ operation: operationName ?? 'anonymous', type: operation?.operation ?? 'unknown' });
        },
      };
    },
  };
}

/**
 * GraphQL over HTTP: a client that accepts only application/json (the legacy media type) gets
 * 200 for a well-formed request whose document or variables fail (the spec's SHOULD); one that
 * accepts application/graphql-response+json keeps Apollo's 4xx.
 */
function legacyJsonStatusPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const accept = request.http?.headers.get('accept') ?? '';
          if (accept.includes('application/graphql-response+json')) return;
          const status = response.http.status ?? 200;
          if (status >= 400 && status < 500 && response.body.kind === 'single' && response.body.singleResult.errors?.length) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

/**
 * No GraphQL response is stored by a browser or a proxy: `Cache-Control: no-store`, on answers and
 * errors alike. This takes the place of Apollo's cache-control plugin, which sent the same header
 * (the schema declares no cache hints) but also wrapped every field resolver of the schema to
 * collect hints: on a whole plan that is some ten thousand calls per read for nothing.
 */
function noStorePlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

export function buildGraphqlOptions(config: AppConfig, logger: Logger, dataloaders: DataloaderService, metrics: MetricsService): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    playground: false,
    // Introspection is refused in production by operationRules, the rule set the WebSocket applies
    // too; Apollo's own switch would add a second, differently worded error on HTTP only.
    introspection: true,
    // No "Did you mean …?" suggestions: they map the schema for an attacker.
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    parseOptions: PARSE_OPTIONS,
    // Apollo runs graphql-js's specifiedRules first, then these: the same as validateOperation.
    validationRules: operationRules({ production: config.production }),
    formatError: createErrorFormatter({ production: config.production }),
    plugins: [ApolloServerPluginCacheControlDisabled(), noStorePlugin(), errorLoggingPlugin(logger), timingPlugin(metrics), legacyJsonStatusPlugin(), operationInputPlugin()],
    context: ({ req }: { req: Request & { id?: string } }): GqlContext => ({
      transport: 'http',
      requestId: String(req.id ?? ''),
      ip: req.ip ?? null,
      userAgent: req.get('user-agent') ?? null,
      token: requestToken(req),
      loaders: dataloaders.create(),
      req,
    }),
  };
}
