import type { EntityManager } from 'typeorm';
import type { LiveMessage } from '../../core/events/live-message';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { EventDraft } from './plan-log.writer';
import type { Plan } from './plan.entity';

/**
 * What a change sees: its transaction, the locked plan, who acts, and the events to log.
 * Declared apart from PlanChangeService so the steps it runs (plan-status.ts,
 * approval-invalidation.ts) can name it without importing the service that imports them.
 */
export interface PlanChange {
  manager: EntityManager;
  plan: Plan;
  agencyIds: string[];
  user: AuthenticatedUser;
  log(draft: EventDraft): void;
  /**
   * Part `entityId` was written with the values it already had (its version did not move): the
   * events logged about it after this in the change are dropped, so a save that changes nothing is no edit
   * (it neither raises the revision nor voids a sign-off). updateVersioned() calls it.
   */
  unchanged(entityId: string): void;
  /** Tell every instance after the change commits (for example: who takes part changed). */
  announce(message: LiveMessage): void;
}
