import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

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

/** Rows by id in one query, in the order asked (undefined where one no longer exists). */
export function loaderById<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>): DataLoader<string, T | undefined> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  });
}
