import type { PlanPart } from '@jointops/domain';
import type { PlanPartEntity } from './plan-part.entity';

/**
 * The API side of one plan part: its entity and table, how its items are ordered in a plan, and
 * what the plan's shared code needs to know of it. Each part module registers one (in
 * `<part>.part.ts`); loading, the event node union, the diff, the content hash and the agency
 * holdings iterate the registry, so the plans and events modules name no part.
 */
export interface PlanPartRegistration<T extends PlanPartEntity = PlanPartEntity> {
  /** The descriptor from `libs/domain` (entity type, GraphQL type name, list key, noun, order). */
  part: PlanPart;
  entity: new () => T;
  table: string;
  /** The order of the part's items within a plan, as SQL columns of its table. */
  order: string;
  /** Snapshot fields that are dates: an event's node is rebuilt from JSON. */
  dates: readonly string[];
  /** Items belong to an agency (`agency_id`): a plan cannot drop an agency that still holds one. */
  heldByAgency?: boolean;
  /**
   * A part added after plans were signed (places) is left out of the content hash while the plan
   * has none of it, so plans without it hash as they did before it existed and their sign-offs hold.
   */
  hashedOnlyWhenPresent?: boolean;
  /** What an approval signs of an item: its content without versions or timestamps. */
  signed(item: T): object;
}

/** A registered part, also usable as a PlanItemKind (entity, table, entityType, what). */
export type RegisteredPlanPart<T extends PlanPartEntity = PlanPartEntity> = PlanPartRegistration<T> & { entityType: string; what: string };

const registry = new Map<string, RegisteredPlanPart>();

/** Called once per part, when its module's files load. */
export function registerPlanPart<T extends PlanPartEntity>(registration: PlanPartRegistration<T>): RegisteredPlanPart<T> {
  const registered: RegisteredPlanPart<T> = { ...registration, entityType: registration.part.entityType, what: registration.part.noun };
  registry.set(registration.part.entityType, registered as unknown as RegisteredPlanPart);
  return registered;
}

/** Every registered part, in the descriptors' order. */
export function planParts(): RegisteredPlanPart[] {
  return [...registry.values()].sort((a, b) => a.part.order - b.part.order);
}
