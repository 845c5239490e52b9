import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/** GraphQL limits (docs/architecture.md#security-baseline). Applied to HTTP (Apollo validationRules) and WebSocket (onSubscribe) alike. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  /**
   * Leaves room for reading a whole large plan and refuses queries that fan out multiplicatively.
   * The web's largest operations (a page of plan events with their snapshots) fit under it:
   * core/graphql/web-documents.spec.ts runs every web operation through these rules.
   */
  maxCost: 20_000,
  maxBodyBytes: 1024 * 1024,
} as const;

/** graphql-armor throws by default, which servers answer as a 500; report as validation errors instead. */
const report = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...report }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...report }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ...report }),
  ] as unknown as ValidationRule[];
}
