import type { PlanStatus } from '@jointops/domain';
import type { PlanChange } from './plan-change.types';
import { type Plan, planSnapshot } from './plan.entity';
import { bumpPlanVersion } from './plan.repository';

/**
 * Moves the locked plan to `status` (a plan field: its version goes up) and logs `eventType`.
 * `logged` goes into the event's data only (e.g. an activation's signature), never into the plan.
 */
export async function moveTo(
  change: PlanChange,
  status: PlanStatus,
  eventType: string,
  extra: Partial<Pick<Plan, 'cancelReason'>> = {},
  logged: Record<string, unknown> = {},
): Promise<void> {
  const { plan, manager } = change;
  await bumpPlanVersion(manager, plan, { ...extra, status });
  change.log({ type: eventType, entityType: 'PLAN', entityId: plan.id, data: { ...planSnapshot(plan, change.agencyIds), ...extra, ...logged } });
}
