import type { PlanStatus } from '@jointops/domain';
import type { PlanChange } from './plan-change.types';
import { Plan, planSnapshot } from './plan.entity';

/** Moves the locked plan to `status` (a plan field: its version goes up) and logs `eventType`. */
export async function moveTo(change: PlanChange, status: PlanStatus, eventType: string, extra: Partial<Pick<Plan, 'cancelReason'>> = {}): Promise<void> {
  const { plan, manager } = change;
  Object.assign(plan, extra, { status, version: plan.version + 1, updatedAt: new Date() });
  await manager.update(Plan, { id: plan.id }, { ...extra, status, version: plan.version, updatedAt: plan.updatedAt });
  change.log({ type: eventType, entityType: 'PLAN', entityId: plan.id, data: { ...planSnapshot(plan, change.agencyIds), ...extra } });
}
