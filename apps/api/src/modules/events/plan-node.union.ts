import { createUnionType } from '@nestjs/graphql';
import { ActivityEntry } from '../operation-log/activity-entry.entity';
import { Approval } from '../approvals/approval.entity';
import { ChecklistItem } from '../checklist/checklist-item.entity';
import { CommsChannel } from '../comms/comms-channel.entity';
import { Debrief } from '../debriefs/debrief.entity';
import { Objective } from '../objectives/objective.entity';
import { Plan } from '../plans/plan.entity';
import { AfterActionReport } from '../report/after-action-report.entity';
import { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import { ResourceCommitment } from '../resources/resource-commitment.entity';
import { RoleAssignment } from '../roles/role-assignment.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import type { PlanEvent } from './plan-event.entity';

/** Event entityType -> the GraphQL type of its node, and the snapshot fields that are dates. */
const NODE_TYPES: Record<string, { type: new () => object; dates: string[] }> = {
  PLAN: { type: Plan, dates: ['startsAt', 'endsAt', 'createdAt', 'updatedAt'] },
  OBJECTIVE: { type: Objective, dates: [] },
  ROLE: { type: RoleAssignment, dates: ['createdAt'] },
  CHECKLIST_ITEM: { type: ChecklistItem, dates: ['reviewedAt'] },
  TIMELINE_EVENT: { type: TimelineEvent, dates: ['startsAt', 'endsAt', 'actualStartsAt', 'actualEndsAt'] },
  RESOURCE: { type: ResourceCommitment, dates: ['createdAt'] },
  COMMS_CHANNEL: { type: CommsChannel, dates: ['createdAt'] },
  APPROVAL: { type: Approval, dates: ['decidedAt', 'createdAt'] },
  ACTIVITY_ENTRY: { type: ActivityEntry, dates: ['at', 'createdAt'] },
  DEBRIEF: { type: Debrief, dates: ['submittedAt', 'createdAt'] },
  AFTER_ACTION_REPORT: { type: AfterActionReport, dates: ['finalizedAt', 'createdAt'] },
  CORRECTIVE_ACTION: { type: CorrectiveAction, dates: ['dueDate', 'createdAt'] },
};

export const PlanNode = createUnionType({
  name: 'PlanNode',
  types: () =>
    [Plan, Objective, RoleAssignment, ChecklistItem, TimelineEvent, Approval, Debrief, AfterActionReport, CorrectiveAction, ActivityEntry, ResourceCommitment, CommsChannel] as const,
  resolveType: (node: object) => node.constructor,
});

/**
 * The entity as it stood after the change, rebuilt from the event's snapshot. A removal has no
 * node, even when its data carries why the item was removed.
 */
export function nodeOf(event: PlanEvent): object | null {
  const spec = NODE_TYPES[event.entityType];
  if (!spec || event.data === null || event.type.endsWith('_REMOVED')) return null;
  const node = Object.assign(new spec.type(), event.data) as Record<string, unknown>;
  for (const field of spec.dates) {
    if (typeof node[field] === 'string') node[field] = new Date(node[field] as string);
  }
  if (event.entityType === 'PLAN') Object.assign(node, { revision: event.revision, lastSeq: event.seq });
  // The access log needs to know whose content a node is, whatever its snapshot kept.
  else node.planId ??= event.planId;
  return node;
}
