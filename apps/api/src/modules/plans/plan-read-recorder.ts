import { Inject, Injectable } from '@nestjs/common';
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Logger } from 'pino';
import type { GqlContext } from '../../core/graphql/gql-context';
import { APP_LOGGER } from '../../core/logging/logger';
import { AccessLogService } from './access-log.service';
import { PLAN_CONTENT_TYPES, type PlanIdOf } from './plan-content-types';

type Resolver = GraphQLFieldResolver<unknown, GqlContext, Record<string, unknown>>;

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** Response key -> field name of the operation's root fields (aliases and fragments resolved). */
function rootFieldNames(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, names = new Map<string, string>(), seen = new Set<string>()): Map<string, string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.set(selection.alias?.value ?? selection.name.value, selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldNames(selection.selectionSet, fragments, names, seen);
    else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      rootFieldNames(fragments[selection.name.value].selectionSet, fragments, names, seen);
    }
  }
  return names;
}

/**
 * "Every read of plan content is access-logged", enforced in one place. At startup every field of
 * every plan-content type (PLAN_CONTENT_TYPES) is wrapped: resolving it in a query or a
 * subscription notes (user, plan, root field) in a set kept per GraphQL context, and the first
 * note of each goes to the (batched) access log. So a request makes one record per user, plan
 * and root field, and a subscription, whose context lives as long as it does, one when it starts
 * (replay included). Mutation results are not reads. The cost per field is a lookup in a set.
 */
@Injectable()
export class PlanReadRecorder {
  /** Per GraphQL context: the (plan, root field) pairs recorded, and the object whose fields are being resolved. */
  private readonly reads = new WeakMap<object, { recorded: Set<string>; lastSource: unknown }>();
  private readonly rootNames = new WeakMap<OperationDefinitionNode, Map<string, string>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly accessLog: AccessLogService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** For the GraphQL module's transformSchema: wraps the resolvers in place and returns the schema. */
  instrument(schema: GraphQLSchema): GraphQLSchema {
    for (const [typeName, planIdOf] of Object.entries(PLAN_CONTENT_TYPES)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`Plan content type ${typeName} is not an object type of the schema.`);
      for (const field of Object.values(type.getFields())) this.wrapContentField(typeName, planIdOf, field);
    }
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) this.wrapRootQuery(field);
    for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) this.wrapRootSubscription(field);
    return schema;
  }

  private wrapContentField(typeName: string, planIdOf: PlanIdOf, field: GraphQLField<unknown, GqlContext>): void {
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = (source, args, context, info) => {
      if (info.operation.operation !== 'mutation') this.noteSource(typeName, planIdOf, source, context, info);
      return resolve(source, args, context, info);
    };
  }

  /**
   * A root query that returns plan content records what it returned even when no field of it is
   * selected (`__typename` only), and, when it names a plan, that plan even when the list is empty
   * (nobody present, nothing changed): the caller still learned about the plan.
   */
  private wrapRootQuery(field: GraphQLField<unknown, GqlContext>): void {
    const typeName = getNamedType(field.type).name;
    const planIdOf = PLAN_CONTENT_TYPES[typeName];
    if (!planIdOf) return;
    const namesPlan = field.args.some((arg) => arg.name === 'planId');
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = (source, args, context, info) => {
      const noteResult = (value: unknown) => {
        if (value == null) return;
        for (const item of Array.isArray(value) ? value : [value]) this.noteSource(typeName, planIdOf, item, context, info);
        if (namesPlan) this.note(args.planId, context, info.fieldName);
      };
      const result = resolve(source, args, context, info);
      if (isPromiseLike(result)) {
        return Promise.resolve(result).then((value) => {
          noteResult(value);
          return value;
        });
      }
      noteResult(result);
      return result;
    };
  }

  /** A subscription to a plan is a read when it starts, even before (or without) an event. */
  private wrapRootSubscription(field: GraphQLField<unknown, GqlContext>): void {
    if (!field.args.some((arg) => arg.name === 'planId') || !field.subscribe) return;
    const subscribe = field.subscribe as Resolver;
    field.subscribe = (source, args, context, info) => {
      const result = subscribe(source, args, context, info);
      const started = (value: unknown) => {
        if (value instanceof Error) return;
        this.note(args.planId, context, info.fieldName);
      };
      if (isPromiseLike(result)) {
        return Promise.resolve(result).then((value) => {
          started(value);
          return value;
        });
      }
      started(result);
      return result;
    };
  }

  private noteSource(typeName: string, planIdOf: PlanIdOf, source: unknown, context: GqlContext, info: GraphQLResolveInfo): void {
    // The fields of one object are resolved one after another: note the object once.
    const reads = this.readsOf(context);
    if (reads.lastSource === source) return;
    reads.lastSource = source;
    const planId = source && typeof source === 'object' ? planIdOf(source as Record<string, unknown>) : undefined;
    if (typeof planId !== 'string') {
      this.reportOnce(`plan:${typeName}`, { typeName, field: info.fieldName }, 'plan content without a plan id: this read is not access-logged');
      return;
    }
    this.note(planId, context, this.rootFieldName(info));
  }

  private note(planId: unknown, context: GqlContext, kind: string): void {
    const userId = context.auth?.id;
    if (typeof planId !== 'string' || !userId) {
      if (!userId) this.reportOnce(`user:${kind}`, { kind }, 'plan content read without a session: this read is not access-logged');
      return;
    }
    const { recorded } = this.readsOf(context);
    const key = `${planId}|${kind}`;
    if (recorded.has(key)) return;
    recorded.add(key);
    this.accessLog.record(planId, userId, 'VIEW', { kind, requestId: context.requestId || null });
  }

  private readsOf(context: GqlContext): { recorded: Set<string>; lastSource: unknown } {
    let reads = this.reads.get(context);
    if (!reads) {
      reads = { recorded: new Set(), lastSource: undefined };
      this.reads.set(context, reads);
    }
    return reads;
  }

  /** The root field (not its alias) under which this field is resolved: what the read was. */
  private rootFieldName(info: GraphQLResolveInfo): string {
    let path = info.path;
    while (path.prev) path = path.prev;
    let names = this.rootNames.get(info.operation);
    if (!names) {
      names = rootFieldNames(info.operation.selectionSet, info.fragments);
      this.rootNames.set(info.operation, names);
    }
    return names.get(String(path.key)) ?? String(path.key);
  }

  private reportOnce(key: string, detail: Record<string, unknown>, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.logger.error(detail, message);
  }
}
