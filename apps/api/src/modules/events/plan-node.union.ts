import { createUnionType } from '@nestjs/graphql';
import { ActivityEntry } from '../operation-log/activity-entry.entity';
import { Approval } from '../approvals/approval.entity';
import { Debrief } from '../debriefs/debrief.entity';
import { planParts } from '../plans/plan-part.registry';
import { Plan, withSnapshotDefaults } from '../plans/plan.entity';
import { AfterActionReport } from '../report/after-action-report.entity';
import { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import type { PlanEvent } from './plan-event.entity';

type NodeType = { type: new () => object; dates: readonly string[] };

/** Event entityType -> the GraphQL type of its node, and the snapshot fields that are dates (plan parts come from their registry). */
const OTHER_NODE_TYPES: Record<string, NodeType> = {
  PLAN: { type: Plan, dates: ['startsAt', 'endsAt', 'createdAt', 'updatedAt'] },
  APPROVAL: { type: Approval, dates: ['decidedAt', 'createdAt'] },
  ACTIVITY_ENTRY: { type: ActivityEntry, dates: ['at', 'createdAt'] },
  DEBRIEF: { type: Debrief, dates: ['submittedAt', 'createdAt'] },
  AFTER_ACTION_REPORT: { type: AfterActionReport, dates: ['finalizedAt', 'createdAt'] },
  CORRECTIVE_ACTION: { type: CorrectiveAction, dates: ['dueDate', 'closedAt', 'createdAt'] },
};

function nodeTypeOf(entityType: string): NodeType | undefined {
  const part = planParts().find((registration) => registration.entityType === entityType);
  return part ? { type: part.entity, dates: part.dates } : OTHER_NODE_TYPES[entityType];
}

export const PlanNode = createUnionType({
  name: 'PlanNode',
  types: () => [Plan, ...planParts().map((part) => part.entity), Approval, Debrief, AfterActionReport, CorrectiveAction, ActivityEntry] as const,
  resolveType: (node: object) => node.constructor,
});

/**
 * The entity as it stood after the change, rebuilt from the event's snapshot. A removal has no
 * node, even when its data carries why the item was removed.
 */
export function nodeOf(event: PlanEvent): object | null {
  const spec = nodeTypeOf(event.entityType);
  if (!spec || event.data === null || event.type.endsWith('_REMOVED')) return null;
  const node = Object.assign(new spec.type(), event.entityType === 'PLAN' ? withSnapshotDefaults(event.data) : event.data) as Record<string, unknown>;
  for (const field of spec.dates) {
    if (typeof node[field] === 'string') node[field] = new Date(node[field] as string);
  }
  if (event.entityType === 'PLAN') Object.assign(node, { revision: event.revision, lastSeq: event.seq });
  // The access log needs to know whose content a node is, whatever its snapshot kept.
  else node.planId ??= event.planId;
  return node;
}
