import { Inject, Injectable } from '@nestjs/common';
import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
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
 * "Every read of plan content is access-logged", enforced in one place. At startup every plan-content
 * type (PLAN_CONTENT_TYPES) gets an `isTypeOf` check, which graphql-js runs on every object of that
 * type it puts in a result, before any of the object's fields, whichever resolver returned it and
 * whatever is selected of it (`__typename` alone included). In a query or a subscription it notes
 * (user, plan, root field) in a set kept per GraphQL context, and the first note of each goes to
 * the (batched) access log. So a request makes one record per user, plan and root field, and a
 * subscription, whose context lives as long as it does, one when it starts (replay included).
 * Mutation results are not reads. The cost is a comparison per object, none per field.
 */
@Injectable()
export class PlanReadRecorder {
  /** Per GraphQL context: the (plan, root field) pairs recorded, and the last one noted. */
  private readonly reads = new WeakMap<object, { recorded: Set<string>; lastPlanId: unknown; lastKind: string }>();
  private readonly rootNames = new WeakMap<OperationDefinitionNode, Map<string, string>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly accessLog: AccessLogService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** For the GraphQL module's transformSchema: instruments the types and root fields in place and returns the schema. */
  instrument(schema: GraphQLSchema): GraphQLSchema {
    for (const [typeName, planIdOf] of Object.entries(PLAN_CONTENT_TYPES)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`Plan content type ${typeName} is not an object type of the schema.`);
      this.checkContentObjects(schema, type, planIdOf);
    }
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) this.wrapRootQuery(field);
    for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) this.wrapRootSubscription(field);
    return schema;
  }

  private checkContentObjects(schema: GraphQLSchema, type: GraphQLObjectType, planIdOf: PlanIdOf): void {
    // graphql-js tells the members of a union or interface without resolveType apart by isTypeOf:
    // one that always answers true would pick the wrong type.
    for (const abstract of Object.values(schema.getTypeMap())) {
      if (isAbstractType(abstract) && !abstract.resolveType && schema.isSubType(abstract, type)) {
        throw new Error(`${abstract.name} holds plan content (${type.name}) and must declare resolveType.`);
      }
    }
    const isTypeOf = type.isTypeOf;
    type.isTypeOf = (source, context: GqlContext, info) => {
      // A shared subscription payload (core/graphql/shared-delivery.ts) is made for many
      // subscribers at once; each one's read was recorded when its subscription started.
      if (info.operation.operation !== 'mutation' && !context.shared) this.noteSource(type.name, planIdOf, source, context, info);
      return isTypeOf ? isTypeOf(source, context, info) : true;
    };
  }

  /**
   * A root query that names a plan records that plan even when what it returns is empty (nobody
   * present, nothing changed): the caller still learned about the plan.
   */
  private wrapRootQuery(field: GraphQLField<unknown, GqlContext>): void {
    if (!PLAN_CONTENT_TYPES[getNamedType(field.type).name] || !field.args.some((arg) => arg.name === 'planId')) return;
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = (source, args, context, info) => {
      const result = resolve(source, args, context, info);
      if (isPromiseLike(result)) {
        return Promise.resolve(result).then((value) => {
          if (value != null) this.note(args.planId, context, info.fieldName);
          return value;
        });
      }
      if (result != null) this.note(args.planId, context, info.fieldName);
      return result;
    };
  }

  /** A subscription to a plan is a read when it starts, even before (or without) an event. */
  private wrapRootSubscription(field: GraphQLField<unknown, GqlContext>): void {
    if (!field.args.some((arg) => arg.name === 'planId') || !field.subscribe) {
      // Shared payloads are not recorded per event (see wrapContentField): only a subscription
      // recorded when it starts may share them.
      if (field.extensions?.sharedDelivery) throw new Error(`Subscription ${field.name} shares its payloads but names no planId to record its read by.`);
      return;
    }
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
    const planId = source && typeof source === 'object' ? planIdOf(source as Record<string, unknown>) : undefined;
    if (typeof planId !== 'string') {
      this.reportOnce(`plan:${typeName}`, { typeName, field: info.fieldName }, 'plan content without a plan id: this read is not access-logged');
      return;
    }
    // The objects of a list are of one plan and one root field: note them once.
    const kind = this.rootFieldName(info);
    const reads = this.readsOf(context);
    if (reads.lastPlanId === planId && reads.lastKind === kind) return;
    this.note(planId, context, kind);
  }

  private note(planId: unknown, context: GqlContext, kind: string): void {
    const userId = context.auth?.id;
    if (typeof planId !== 'string' || !userId) {
      if (!userId) this.reportOnce(`user:${kind}`, { kind }, 'plan content read without a session: this read is not access-logged');
      return;
    }
    const reads = this.readsOf(context);
    reads.lastPlanId = planId;
    reads.lastKind = kind;
    const key = `${planId}|${kind}`;
    if (reads.recorded.has(key)) return;
    reads.recorded.add(key);
    this.accessLog.record(planId, userId, 'VIEW', { kind, requestId: context.requestId || null });
  }

  private readsOf(context: GqlContext): { recorded: Set<string>; lastPlanId: unknown; lastKind: string } {
    let reads = this.reads.get(context);
    if (!reads) {
      reads = { recorded: new Set(), lastPlanId: undefined, lastKind: '' };
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
