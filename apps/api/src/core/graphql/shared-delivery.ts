import { getOperationAST, Kind, visit, type DocumentNode, type ExecutionResult, type FieldNode, type GraphQLSchema } from 'graphql';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';
import type { GqlContext } from './gql-context';

/**
 * Fan-out of one subscription to many subscribers: execute and serialize once per audience.
 *
 * A root subscription field opts in with `@Extensions({ sharedDelivery: true })`. Its source events
 * are then mapped to a response here instead of once per subscriber: subscribers whose source
 * stream hands them the same event object (a plan's streams share one read of the log), with the
 * same document and the same variables below the root field, share one execution and one JSON
 * payload, provided they look the same to every resolver that ran.
 *
 * "Look the same" is measured, not declared: the shared execution runs with a context whose
 * viewer (`auth`) and per-connection facts (token, ip, ids) are a probe that records what the
 * resolvers read. The result is reused only for a subscriber whose values of exactly those facts
 * are equal. An event nobody's rules look at the viewer for (most of them) is executed once; a draft
 * debrief's event, whose node depends on whether the reader wrote it, splits into the author's
 * audience and everyone else's; a resolver that reads the user id makes every user an audience of
 * their own. New code cannot forget this: reading the viewer is what splits the audience.
 *
 * Authorization stays per subscriber: each subscription still runs its root field (guard,
 * access check, access record) and its own source stream, which ends it on a membership change
 * or a revoked session; delivery checks each subscriber's session before each frame.
 */

/** What the shared execution's context recorded about the viewer: each fact, and how to read it from another subscriber's context. */
type Reads = Map<string, { value: unknown; of: (context: GqlContext) => unknown }>;

/** Context fields that are the same for every subscriber or rebuilt per execution: reading them splits nothing. */
const NEUTRAL = new Set<string | symbol>(['transport', 'loaders', 'shared', 'then']);

/** On a probe context: where `viewerFact` records, and the representative's own context. */
const PROBE = Symbol('shared-delivery probe');

interface Made {
  json: string;
  reads: Reads;
}

/** How to make a payload for one subscriber, should no audience it belongs to have one yet. */
export interface PayloadJob {
  subscriber: GqlContext;
  newLoaders: () => GqlContext['loaders'];
  /** Synchronous when every resolver answers at once (planEvents does): the payload is then made in this turn. */
  execute: (context: GqlContext) => ExecutionResult | Promise<ExecutionResult>;
  serialize: (result: ExecutionResult) => string;
}

interface Variant {
  /** Set once made: later subscribers take it in their own turn. */
  made?: Made;
  failed?: { error: unknown };
  /** Subscribers waiting for it to be made: called in one loop when it is. */
  readonly waiters: Array<{ made: () => void; failed: (error: unknown) => void }>;
}

/**
 * A payload being made for the subscriber's audience. `then` runs when it is made, in one loop
 * with the rest of the audience, not a promise turn per subscriber (with a thousand subscribers,
 * and async hooks on every promise, those turns cost more than the frame). `settled` makes it a promise.
 */
export interface Later<T> {
  then(made: (value: T) => void, failed: (error: unknown) => void): void;
}

export function settled<T>(value: T | Later<T>): Promise<T> {
  return isLater(value) ? new Promise<T>((resolve, reject) => value.then(resolve, reject)) : Promise.resolve(value);
}

function isLater<T>(value: T | Later<T>): value is Later<T> {
  return typeof (value as Partial<Later<T>> | null)?.then === 'function';
}

/** Whether the root field of this operation delivers to many subscribers at once, and its grouping key. */
export function sharedDeliveryKey(schema: GraphQLSchema, document: DocumentNode, request: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }): string | null {
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (operation?.operation !== 'subscription') return null;
  const [root, ...others] = operation.selectionSet.selections;
  if (others.length > 0 || root?.kind !== Kind.FIELD) return null;
  if (schema.getSubscriptionType()?.getFields()[root.name.value]?.extensions?.sharedDelivery !== true) return null;
  const variables = request.variables ?? {};
  const below = [...variablesBelow(root, document)].sort();
  return JSON.stringify([request.operationName ?? null, request.query, below.map((name) => [name, variables[name] ?? null])]);
}

/** Variables used under the root field (its selections and every fragment), not in its own arguments. */
function variablesBelow(root: FieldNode, document: DocumentNode): Set<string> {
  const names = new Set<string>();
  const collect = { Variable: (node: { name: { value: string } }) => void names.add(node.name.value) };
  if (root.selectionSet) visit(root.selectionSet, collect);
  for (const directive of root.directives ?? []) visit(directive, collect);
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, collect);
  return names;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  return false;
}

function matches(reads: Reads, context: GqlContext): boolean {
  for (const { value, of } of reads.values()) if (!sameValue(of(context), value)) return false;
  return true;
}

/**
 * A fact about the viewer that a resolver decides by, when it is coarser than the viewer's fields
 * (for example "may read this draft": true for its author and for oversight alike). Outside a
 * shared execution it is just `of(context.auth)`. In one, the audience is split by the fact's
 * value instead of by every field `of` reads: author and oversight share a payload, and so does
 * everyone else. `name` must say what is decided about what (one per resolver and parent).
 */
export function viewerFact<T>(context: GqlContext, name: string, of: (viewer: AuthenticatedUser | undefined) => T): T {
  const probe = (context as GqlContext & { [PROBE]?: { reads: Reads; representative: GqlContext } })[PROBE];
  if (!probe) return of(context.auth);
  const value = of(probe.representative.auth);
  probe.reads.set(`fact:${name}`, { value, of: (other) => of(other.auth) });
  return value;
}

/**
 * A context for one shared execution: the representative subscriber's, with fresh loaders, and
 * recording every viewer fact read. Enumerating the viewer (spreading it, serializing it) records
 * all of it, which makes the audience that one session: conservative, never wrong.
 */
function probeContext(representative: GqlContext, loaders: GqlContext['loaders']): { context: GqlContext; reads: Reads } {
  const reads: Reads = new Map();
  const readAuth = (key: string, value: unknown) => reads.set(`auth.${key}`, { value, of: (other) => (other.auth as unknown as Record<string, unknown> | undefined)?.[key] });
  const auth = representative.auth;
  const viewer = auth
    ? new Proxy(auth, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (typeof property === 'string') readAuth(property, value);
          return value;
        },
        ownKeys(target) {
          for (const key of Object.keys(target)) readAuth(key, (target as unknown as Record<string, unknown>)[key]);
          return Reflect.ownKeys(target);
        },
        has(target, property) {
          if (typeof property === 'string') readAuth(property, Reflect.get(target, property));
          return Reflect.has(target, property);
        },
      })
    : undefined;
  const base = { ...representative, loaders, shared: true, auth: viewer as AuthenticatedUser | undefined, [PROBE]: { reads, representative } };
  const context = new Proxy(base, {
    get(target, property, receiver) {
      if (property === 'auth') {
        if (!viewer) reads.set('auth', { value: undefined, of: (other) => other.auth });
        return viewer;
      }
      if (typeof property === 'string' && !NEUTRAL.has(property)) {
        reads.set(property, { value: Reflect.get(representative, property), of: (other) => (other as unknown as Record<string, unknown>)[property] });
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return { context, reads };
}

/**
 * The responses already made for each source event, by grouping key: a few variants at most (one
 * per audience). Held weakly by the event object, so they go when the last stream lets go of it.
 */
export class SharedResponses {
  private readonly byEvent = new WeakMap<object, Map<string, Variant[]>>();
  /** Executions run and payloads reused, for tests and metrics. */
  executions = 0;
  reuses = 0;

  /**
   * The serialized `next` payload of `event` for this subscriber: reused when an execution for an
   * audience it belongs to exists, otherwise executed now with it as the audience's representative.
   */
  payload(event: unknown, key: string, job: PayloadJob): string | Later<string> {
    if (event === null || typeof event !== 'object') return this.addVariant([], job);
    let byKey = this.byEvent.get(event);
    if (!byKey) {
      byKey = new Map();
      this.byEvent.set(event, byKey);
    }
    let variants = byKey.get(key);
    if (!variants) {
      variants = [];
      byKey.set(key, variants);
    }
    // The common case, synchronously: an audience this subscriber belongs to was already made.
    for (let index = 0; index < variants.length; index++) {
      const made = variants[index].made;
      if (!made) return { then: (ok, failed) => this.waitFrom(variants, index, job, ok, failed) };
      if (matches(made.reads, job.subscriber)) {
        this.reuses++;
        return made.json;
      }
    }
    return this.addVariant(variants, job);
  }

  /** Variants may be added while one is being made: look at every one from `index` on, in turn. */
  private waitFrom(variants: Variant[], index: number, job: PayloadJob, ok: (json: string) => void, failed: (error: unknown) => void): void {
    for (; index < variants.length; index++) {
      const variant = variants[index];
      // A failed variant is already out of the list (addVariant): what is here is made or being made.
      if (!variant.made) {
        const from = index;
        variant.waiters.push({ made: () => this.waitFrom(variants, from, job, ok, failed), failed });
        return;
      }
      if (matches(variant.made.reads, job.subscriber)) {
        this.reuses++;
        return ok(variant.made.json);
      }
    }
    const next = this.addVariant(variants, job);
    if (typeof next === 'string') ok(next);
    else next.then(ok, failed);
  }

  private addVariant(variants: Variant[], job: PayloadJob): string | Later<string> {
    const variant: Variant = { waiters: [] };
    variants.push(variant);
    let made: Made | Promise<Made>;
    try {
      made = this.run(job);
    } catch (error) {
      made = Promise.reject(error);
    }
    if (!(made instanceof Promise)) {
      variant.made = made;
      return made.json;
    }
    const settle = (how: () => void) => {
      how();
      for (const waiter of variant.waiters.splice(0)) {
        // One subscriber's failure is its own: the rest of the audience still gets the payload.
        try {
          if (variant.made) waiter.made();
          else waiter.failed(variant.failed?.error);
        } catch (error) {
          waiter.failed(error);
        }
      }
    };
    made.then(
      (result) => settle(() => (variant.made = result)),
      (error: unknown) =>
        settle(() => {
          // Those waiting fail with it; the next subscriber executes again.
          variant.failed = { error };
          variants.splice(variants.indexOf(variant), 1);
        }),
    );
    return {
      then: (ok, failed) => {
        if (variant.made) ok(variant.made.json);
        else if (variant.failed) failed(variant.failed.error);
        else variant.waiters.push({ made: () => ok((variant.made as Made).json), failed });
      },
    };
  }

  /** One execution for an audience: made in this turn when every resolver answered at once. */
  private run(job: PayloadJob): Made | Promise<Made> {
    this.executions++;
    const probe = probeContext(job.subscriber, job.newLoaders());
    const made = (result: ExecutionResult): Made => ({ json: job.serialize(result), reads: probe.reads });
    const result = job.execute(probe.context);
    return result instanceof Promise ? result.then(made) : made(result);
  }
}
