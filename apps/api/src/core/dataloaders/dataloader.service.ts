import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { hydrate } from '../../database/hydrate';

/**
 * The per-operation DataLoaders on the GraphQL context. Empty here: each feature module adds the
 * loaders of what it owns, by augmenting this interface next to its entities
 * (`declare module '…/core/dataloaders/dataloader.service' { interface Loaders { … } }`) and
 * registering their factory with DataloaderService, so core knows no feature module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Makes one operation's loaders of one module. */
export type LoaderFactory = () => Partial<Loaders>;

/** Builds fresh loaders for each operation, so nothing is cached across users or requests. */
@Injectable()
export class DataloaderService {
  private readonly factories: LoaderFactory[] = [];

  /** Called once per module at start-up (in its loaders provider's constructor). */
  register(factory: LoaderFactory): void {
    this.factories.push(factory);
  }

  create(): Loaders {
    return Object.assign({}, ...this.factories.map((factory) => factory())) as Loaders;
  }
}

/**
 * A DataLoader that also answers at once what its operation has already loaded: `get` returns the
 * value itself once the batch that loaded it has settled, and the promise before that. A field
 * resolver that returns what `get` returns lets graphql-js complete the object without a promise,
 * which on a whole plan (thousands of items, each with an agency or a user) is most of the work.
 * Batching and the per-operation cache are DataLoader's own.
 */
export class OperationLoader<K, V> extends DataLoader<K, V> {
  private readonly settled: Map<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>) {
    const settled = new Map<K, V>();
    super(async (keys) => {
      const values = await batch(keys);
      values.forEach((value, index) => {
        if (!(value instanceof Error)) settled.set(keys[index]!, value);
      });
      return values;
    });
    this.settled = settled;
  }

  /** The value now when this operation has already loaded it; otherwise load(key). */
  get(key: K): V | Promise<V> {
    return this.settled.has(key) ? (this.settled.get(key) as V) : this.load(key);
  }

  override clear(key: K): this {
    this.settled.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.settled.clear();
    return super.clearAll();
  }
}

/** `then(value)` at once when `value` is already there (as OperationLoader.get may answer), else when it settles. */
export function whenLoaded<T, R>(value: T | Promise<T>, then: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}

/**
 * Rows by id in one query, in the order asked (undefined where one no longer exists). Plain SQL
 * and hydrate() rather than Repository.findBy: the entities have no relations to load, and
 * building TypeORM's query cost more than running it on a large plan's read (bench/README.md).
 */
export function loaderById<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>): OperationLoader<string, T | undefined> {
  let sql: string | undefined;
  return new OperationLoader(async (ids) => {
    sql ??= `SELECT * FROM ${dataSource.driver.escape(dataSource.getMetadata(entity).tableName)} WHERE id = ANY($1::uuid[])`;
    const rows: Array<Record<string, unknown>> = await dataSource.query(sql, [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id as string, hydrate(dataSource.manager, entity, row)]));
    return ids.map((id) => byId.get(id));
  });
}
