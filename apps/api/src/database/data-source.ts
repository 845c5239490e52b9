import type { DataSourceOptions } from 'typeorm';
import { ActivityEntry } from '../modules/operation-log/activity-entry.entity';
import { Agency } from '../modules/agencies/agency.entity';
import { Approval } from '../modules/approvals/approval.entity';
import { Session } from '../modules/auth/session.entity';
import { ChecklistItem } from '../modules/checklist/checklist-item.entity';
import { ChecklistTemplate } from '../modules/checklist/checklist-template.entity';
import { CommsChannel } from '../modules/comms/comms-channel.entity';
import { Place } from '../modules/places/place.entity';
import { Debrief } from '../modules/debriefs/debrief.entity';
import { PlanEvent } from '../modules/events/plan-event.entity';
import { Objective } from '../modules/objectives/objective.entity';
import { Plan } from '../modules/plans/plan.entity';
import { AfterActionReport } from '../modules/report/after-action-report.entity';
import { CorrectiveAction } from '../modules/corrective-actions/corrective-action.entity';
import { ResourceCommitment } from '../modules/resources/resource-commitment.entity';
import { RoleAssignment } from '../modules/roles/role-assignment.entity';
import { TimelineEvent } from '../modules/timeline/timeline-event.entity';
import { User } from '../modules/users/user.entity';
import { Course } from '../modules/training/course.entity';
import { TrainingRecord } from '../modules/training/training-record.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  Agency,
  User,
  Session,
  Plan,
  PlanEvent,
  Objective,
  RoleAssignment,
  ChecklistItem,
  ChecklistTemplate,
  TimelineEvent,
  ResourceCommitment,
  CommsChannel,
  Place,
  Approval,
  ActivityEntry,
  Debrief,
  AfterActionReport,
  CorrectiveAction,
  Course,
  TrainingRecord,
  Notification,
];

/** Schema changes go through migrations only: synchronize stays off everywhere. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Migrations run before the app starts, under an advisory lock (migrate.ts).
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: Number(process.env.JOINTOPS_DB_POOL_SIZE ?? 20), application_name: 'jointops-api' },
  };
}
