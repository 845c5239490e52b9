import { Injectable } from '@nestjs/common';
import { actualsSchema, beforeActivation, formatInZone, statusAllows, timelineEventSchema, wouldCreateCycle } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ClientWritesService } from '../plans/client-writes.service';
import type { PlanChange } from '../plans/plan-change.service';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { assertAllIn, assertParticipating, linksAsSet, updateVersioned } from '../plans/plan-items';
import { PlanItemsService } from '../plans/plan-items.service';
import { PlanPartRepository } from '../plans/plan-part.repository';
import { PlanRepository } from '../plans/plan.repository';
import { assertPlaceInPlan } from '../places/place-links';
import type { TimelineEventInput, TimelineEventPatch } from './dto/timeline-event.input';
import { TimelineEvent } from './timeline-event.entity';
import { TIMELINE_EVENT as EVENT } from './timeline-event.part';

const events = PlanPartRepository.of(TimelineEvent);



@Injectable()
export class TimelineService {
  constructor(
    private readonly items: PlanItemsService,
    private readonly clientWrites: ClientWritesService,
    private readonly clock: Clock,
    private readonly plans: PlanRepository,
  ) {}

  /** `input.dependentIds` makes those events wait on the new one (each its own event): undo of a removal restores both directions. */
  add(user: AuthenticatedUser, planId: string, input: TimelineEventInput): Promise<TimelineEvent> {
    return this.items.add(user, planId, EVENT, async (change) => {
      assertValid(timelineEventSchema, input, 'input');
      assertParticipating(change, input.agencyId, 'input.agencyId');
      const dependsOnIds = [...new Set(input.dependsOnIds ?? [])];
      await this.checkDependencies(change, null, dependsOnIds, 'input.dependsOnIds');
      await assertPlaceInPlan(change, input.placeId, 'input.placeId');
      return {
        title: input.title.trim(),
        phase: input.phase,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        agencyId: input.agencyId ?? null,
        dependsOnIds,
        notes: input.notes ?? '',
        placeId: input.placeId ?? null,
      };
    }, (change, added) => this.addDependents(change, added, [...new Set(input.dependentIds ?? [])]));
  }

  private async addDependents(change: PlanChange, added: TimelineEvent, dependentIds: string[]): Promise<void> {
    if (dependentIds.length === 0) return;
    const field = 'input.dependentIds';
    const all = await events.listIn(change.manager, change.plan.id);
    assertAllIn(dependentIds, new Set(all.filter((event) => event.id !== added.id).map((event) => event.id)), field, 'timeline events');
    const edges = new Map(all.map((event) => [event.id, dependentIds.includes(event.id) ? [...event.dependsOnIds, added.id] : event.dependsOnIds]));
    if (wouldCreateCycle(edges, added.id, added.dependsOnIds)) throw ValidationException.of(field, 'These dependencies would make a cycle.');
    for (const dependent of all.filter((event) => dependentIds.includes(event.id))) {
      const updated = await updateVersioned(change, TimelineEvent, dependent.id, dependent.version, { dependsOnIds: [...dependent.dependsOnIds, added.id] }, EVENT.what);
      change.log({ type: 'TIMELINE_EVENT_UPDATED', entityType: 'TIMELINE_EVENT', entityId: updated.id, data: updated });
    }
  }

  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: TimelineEventPatch): Promise<TimelineEvent> {
    return this.items.update(user, EVENT, id, expectedVersion, async (change, current) => {
      const startsAt = patch.startsAt ?? current.startsAt;
      const endsAt = patch.endsAt ?? current.endsAt;
      // Checked as the event would stand: a new end against the start it already has.
      assertValid(
        timelineEventSchema,
        {
          title: patch.title ?? current.title,
          phase: patch.phase ?? current.phase,
          startsAt,
          endsAt,
          dependsOnIds: patch.dependsOnIds ?? current.dependsOnIds,
          notes: patch.notes ?? current.notes,
        },
        'patch',
      );
      const changes: Partial<TimelineEvent> = { startsAt, endsAt };
      if (patch.agencyId !== undefined) {
        assertParticipating(change, patch.agencyId, 'patch.agencyId');
        changes.agencyId = patch.agencyId;
      }
      if (patch.dependsOnIds != null) {
        changes.dependsOnIds = linksAsSet(patch.dependsOnIds, current.dependsOnIds);
        await this.checkDependencies(change, id, changes.dependsOnIds, 'patch.dependsOnIds');
      }
      if (patch.placeId !== undefined) {
        await assertPlaceInPlan(change, patch.placeId, 'patch.placeId');
        changes.placeId = patch.placeId;
      }
      if (patch.title != null) changes.title = patch.title.trim();
      if (patch.phase != null) changes.phase = patch.phase;
      if (patch.notes != null) changes.notes = patch.notes;
      return changes;
    });
  }

  /**
   * What really happened, per event, while the plan is ACTIVE or COMPLETED (members of any role).
   * Null clears. With a client key, a second send returns the event and records nothing again.
   */
  recordActuals(
    user: AuthenticatedUser,
    id: string,
    expectedVersion: number,
    actualStartsAt: Date | null | undefined,
    actualEndsAt: Date | null | undefined,
    clientKey?: string | null,
  ): Promise<TimelineEvent> {
    return this.items.within(
      user,
      EVENT,
      id,
      (change) =>
        this.clientWrites.once(change, clientKey, 'recordTimelineActuals', (manager, eventId) => events.findById(manager, eventId), async () => {
          if (!statusAllows('actuals.record', change.plan.status)) {
            throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Actuals are recorded while the plan is ACTIVE or COMPLETED; it is ${change.plan.status}.`, { status: change.plan.status });
          }
          // "Not in the future" by the server's Clock, as the activity log judges it.
          assertValid(actualsSchema(this.clock.now().getTime()), { actualStartsAt, actualEndsAt });
          // Recorded from activation on, as the activity log is (beforeActivation).
          const activatedAt = await this.plans.activatedAt(change.manager, change.plan.id);
          for (const [field, time] of [['actualStartsAt', actualStartsAt], ['actualEndsAt', actualEndsAt]] as const) {
            if (time && activatedAt && beforeActivation(activatedAt, time)) {
              throw ValidationException.of(field, `An actual time cannot be before the operation was activated (${formatInZone(activatedAt, change.plan.timeZone)}).`);
            }
          }
          const event = await updateVersioned(change, TimelineEvent, id, expectedVersion, { actualStartsAt: actualStartsAt ?? null, actualEndsAt: actualEndsAt ?? null }, EVENT.what);
          change.log({ type: 'TIMELINE_EVENT_ACTUALS_RECORDED', entityType: 'TIMELINE_EVENT', entityId: id, data: event });
          return event;
        }),
      'actuals.record',
    );
  }

  /** Removing an event also removes it from the dependencies of the events that waited on it. */
  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.remove(user, EVENT, id, expectedVersion, async (change) => {
      const dependents = await events.linkingTo(change.manager, change.plan.id, 'dependsOnIds', id);
      for (const dependent of dependents) {
        const updated = await updateVersioned(change, TimelineEvent, dependent.id, dependent.version, { dependsOnIds: dependent.dependsOnIds.filter((other) => other !== id) }, EVENT.what);
        change.log({ type: 'TIMELINE_EVENT_UPDATED', entityType: 'TIMELINE_EVENT', entityId: updated.id, data: updated });
      }
    });
  }

  /** Finish-to-start dependencies stay inside the plan, never on the event itself, never a cycle. */
  private async checkDependencies(change: PlanChange, eventId: string | null, dependsOnIds: string[], field: string): Promise<void> {
    if (dependsOnIds.length === 0) return;
    if (eventId && dependsOnIds.includes(eventId)) throw ValidationException.of(field, 'An event cannot depend on itself.');
    const all = await events.listIn(change.manager, change.plan.id);
    assertAllIn(dependsOnIds, new Set(all.map((event) => event.id)), field, 'timeline events');
    if (eventId) {
      const edges = new Map(all.map((event) => [event.id, event.dependsOnIds]));
      if (wouldCreateCycle(edges, eventId, dependsOnIds)) throw ValidationException.of(field, 'These dependencies would make a cycle.');
    }
  }
}
