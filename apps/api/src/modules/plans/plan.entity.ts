import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DEFAULT_TIME_ZONE, OperationType, PlanStatus } from '@jointops/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(OperationType, { name: 'OperationType' });

/** A joint operation plan. Its parts (objectives, roles, …) are resolved by their own modules. */
@ObjectType()
@Entity({ name: 'plans' })
export class Plan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => PlanStatus)
  @Column({ type: 'text' })
  status!: PlanStatus;

  @Field(() => Int, { description: "Bumped by every change to this plan's own fields (title, summary, window, agencies, status)." })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => Int, { description: 'Bumped by every change to the plan or to anything in it. Approvals name the revision they approve.' })
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'last_hash', type: 'text' })
  lastHash!: string;

  /** Who made the latest change: the four-eyes rule compares approvers with it. */
  @Column({ name: 'last_changed_by', type: 'uuid', nullable: true })
  lastChangedById!: string | null;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId!: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Field({ description: 'IANA time zone in which every time of this plan is shown and printed, e.g. America/New_York.' })
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Field(() => OperationType, { nullable: true, description: "What kind of operation this is; agreements and training requirements are matched on it." })
  @Column({ name: 'operation_type', type: 'text', nullable: true })
  operationType!: OperationType | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * Participating agencies, when the plan was read with them (PlanRepository.findVisible): then
   * `agencies` loads them together with `leadAgency`, before the plan's content arrives.
   */
  agencyIds?: string[];
}

/** The fields an approval signs and a subscriber needs: kept in events without log bookkeeping. */
export function planSnapshot(plan: Plan, agencyIds: readonly string[]) {
  return {
    id: plan.id,
    title: plan.title,
    summary: plan.summary,
    status: plan.status,
    version: plan.version,
    leadAgencyId: plan.leadAgencyId,
    agencyIds: [...agencyIds],
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    timeZone: plan.timeZone,
    operationType: plan.operationType,
    createdById: plan.createdById,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}

/**
 * A plan snapshot as it reads today: snapshots logged before plans had a zone lack `timeZone`, and
 * those plans were in New York (the migration gave them that zone).
 */
export function withSnapshotDefaults<T extends object>(snapshot: T): T & { timeZone: string; operationType: OperationType | null } {
  return { timeZone: DEFAULT_TIME_ZONE, operationType: null, ...snapshot };
}
