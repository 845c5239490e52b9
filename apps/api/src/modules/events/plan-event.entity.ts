import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { User } from '../users/user.entity';

/**
 * One change to a plan, written in the same transaction as the change. `data` holds the entity
 * as it stood after the change (null when removed); `node` is resolved from it.
 */
@ObjectType({ description: 'One change to a plan. Written in the same transaction as the change itself, so the log is complete and in commit order. seq starts at 1 for each plan and has no gaps.' })
@Entity({ name: 'plan_events' })
export class PlanEvent {
  @Field(() => ID)
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Field()
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  /** Who made the change, when read for live delivery with it (`PlanEventRepository.afterWithActors`). Not a column. */
  actor?: User;

  @Field({ description: '<ENTITY>_<VERB>, e.g. PLAN_CREATED, OBJECTIVE_UPDATED, CHECKLIST_ITEM_RESOLVED, APPROVAL_DECIDED, DEBRIEF_SUBMITTED.' })
  @Column({ type: 'text' })
  type!: string;

  @Field()
  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Field(() => ID)
  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Field(() => Int, { description: "The plan's revision after the change." })
  @Column({ type: 'integer' })
  revision!: number;

  @Field({ description: "Hex SHA-256 over prevHash and this event's canonical content." })
  @Column({ type: 'text' })
  hash!: string;

  @Field({ description: "The previous event's hash; 64 zeros for seq 1." })
  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;
}
