import type { ApolloServerPlugin } from '@apollo/server';
import type { FieldViolation } from '@jointops/domain';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { ValidationException } from '../errors/app-exception';
import type { GqlContext } from './gql-context';
import { operationInputViolations } from './operation-input';
import { queryLimitRules } from './query-limits';

export interface OperationPolicy {
  production: boolean;
}

/**
 * Parsing stops after this many tokens, before validation or cost analysis see the document: a
 * 0.9 MB query of repeated fields otherwise holds the event loop for seconds. The web app's
 * largest operation is about 550 tokens.
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: 5000 };

/**
 * The rules every operation must pass on top of graphql-js's `specifiedRules`, on HTTP (Apollo's
 * `validationRules`, which Apollo runs after `specifiedRules`) and on WebSocket (validateOperation)
 * alike: depth, alias and cost limits, and no introspection in production.
 */
export function operationRules({ production }: OperationPolicy): ValidationRule[] {
  return [...queryLimitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
}

/** Full validation: the specification's rules, never replaced, plus operationRules. */
export function validateOperation(schema: GraphQLSchema, document: DocumentNode, policy: OperationPolicy): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...operationRules(policy)]);
}

/** A request-level failure, coded as Apollo codes its own, so both transports answer alike. */
function requestError(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

/** Bad values in a request: BAD_USER_INPUT naming each field (400 over HTTP: nothing ran). */
export function inputError(violations: FieldViolation[]): GraphQLError {
  const exception = new ValidationException(violations);
  return new GraphQLError(exception.message, { originalError: exception, extensions: { http: { status: 400 } } });
}

export interface OperationRequest {
  query: string;
  variables?: Readonly<Record<string, unknown>> | null;
  operationName?: string | null;
}

/**
 * Parse (token-capped), validate and check the input values of one operation; the errors, or the
 * document to execute. graphql-ws runs this in onSubscribe; Apollo runs the same steps on HTTP
 * from PARSE_OPTIONS, operationRules and operationInputPlugin.
 */
export function prepareOperation(schema: GraphQLSchema, request: OperationRequest, policy: OperationPolicy, validated?: ValidatedDocuments): DocumentNode | GraphQLError[] {
  let document = validated?.get(request.query);
  if (!document) {
    try {
      document = parse(request.query, PARSE_OPTIONS);
    } catch (error) {
      if (error instanceof GraphQLError) return [requestError(error, 'GRAPHQL_PARSE_FAILED')];
      throw error;
    }
    const errors = validateOperation(schema, document, policy);
    if (errors.length > 0) return errors.map((error) => requestError(error, 'GRAPHQL_VALIDATION_FAILED'));
    validated?.set(request.query, document);
  }
  const violations = operationInputViolations(schema, document, request.variables, request.operationName);
  if (violations.length > 0) return [inputError(violations)];
  return document;
}

/**
 * Documents that parsed and validated, by their text: a client fleet sends the same few
 * documents, so a thousand subscriptions validate once (the input values are still checked each
 * time). Bounded; the oldest goes first. Apollo keeps its own cache for HTTP.
 */
export class ValidatedDocuments {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly max = 200) {}

  get(query: string): DocumentNode | undefined {
    return this.documents.get(query);
  }

  set(query: string, document: DocumentNode): void {
    if (this.documents.size >= this.max) this.documents.delete(this.documents.keys().next().value as string);
    this.documents.set(query, document);
  }
}

/** The HTTP side of operationInputViolations: after Apollo resolved the operation, before it executes. */
export function operationInputPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const violations = operationInputViolations(schema, document, request.variables, request.operationName);
          if (violations.length > 0) throw inputError(violations);
        },
      };
    },
  };
}
