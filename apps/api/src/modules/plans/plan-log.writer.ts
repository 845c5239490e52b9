import { Injectable } from '@nestjs/common';
import { canonicalJson } from '@jointops/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { LiveBus } from '../../core/events/live-bus';
import { PlanEvent } from '../events/plan-event.entity';
import { PlanLogRepository } from './plan-log.repository';

/** What a change wants logged; seq, revision and hashes are assigned by append(). */
export interface EventDraft {
  type: string;
  entityType: string;
  entityId: string;
  /** The entity after the change, or null when it was removed. */
  data: object | null;
}

/** The plan row's log bookkeeping, read under the plan's row lock. */
export interface PlanLogHead {
  id: string;
  revision: number;
  lastSeq: number;
  lastHash: string;
  lastChangedById: string | null;
}

/** hash = sha256(prevHash || canonical JSON of {seq, planId, at, actorId, type, entityType, entityId, data}). */
export function eventHash(prevHash: string, event: Pick<PlanEvent, 'seq' | 'planId' | 'at' | 'actorId' | 'type' | 'entityType' | 'entityId' | 'data'>): string {
  const content = canonicalJson({
    seq: event.seq,
    planId: event.planId,
    at: event.at,
    actorId: event.actorId,
    type: event.type,
    entityType: event.entityType,
    entityId: event.entityId,
    data: event.data,
  });
  return createHash('sha256').update(prevHash + content).digest('hex');
}

/** Writes a plan's event log. Reading and streaming it is the events module's job. */
@Injectable()
export class PlanLogWriter {
  constructor(
    private readonly log: PlanLogRepository,
    private readonly clock: Clock,
    private readonly bus: LiveBus,
  ) {}

  /**
   * Appends events inside the caller's transaction, which must hold the plan row lock, so seq
   * is gapless and in commit order. A content change raises the revision by one and records
   * who made it (the four-eyes rule reads that); a decision or a lifecycle step keeps the
   * revision, so every agency lead can sign the same one.
   *
   * The statement also carries the wake-up of the other instances (LiveBus.atCommit), sent when
   * the transaction commits; after the commit, the caller calls LiveBus.publishCommitted with the
   * same `plan-log` message (the plan's new lastSeq) to wake this instance.
   */
  async append(manager: EntityManager, head: PlanLogHead, actorId: string, drafts: EventDraft[], { content }: { content: boolean }): Promise<PlanEvent[]> {
    const at = this.clock.now();
    const revision = content ? head.revision + 1 : head.revision;
    let prevHash = head.lastHash;
    const events = drafts.map((draft, index) => {
      const event = Object.assign(new PlanEvent(), {
        planId: head.id,
        seq: head.lastSeq + index + 1,
        at,
        actorId,
        type: draft.type,
        entityType: draft.entityType,
        entityId: draft.entityId,
        data: draft.data === null ? null : (JSON.parse(JSON.stringify(draft.data)) as Record<string, unknown>),
        revision,
      });
      event.prevHash = prevHash;
      event.hash = eventHash(prevHash, event);
      prevHash = event.hash;
      return event;
    });
    // One statement: the events and the plan's log head move together.
    const lastSeq = head.lastSeq + events.length;
    const wake = this.bus.atCommit({ kind: 'plan-log', planId: head.id, seq: lastSeq });
    await this.log.append(manager, { planId: head.id, at, actorId, revision, lastSeq, lastHash: prevHash, content }, events, wake);
    head.revision = revision;
    head.lastSeq = lastSeq;
    head.lastHash = prevHash;
    if (content) head.lastChangedById = actorId;
    return events;
  }
}
