import { Injectable } from '@nestjs/common';
import {
  positionSchema,
  can,
  canReadDebrief,
  checkDate,
  checkList,
  checkOneOf,
  checkRequiredText,
  checkText,
  collectViolations,
  debriefStepCount,
  INCIDENT_TYPES,
  incidentWindowSchema,
  LIMITS,
  OUTCOMES,
  statusAllows,
  violationsOf,
  type FieldViolation,
} from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ConflictException, ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { permissionPlan } from '../plans/plan-access.service';
import { PlanRepository } from '../plans/plan.repository';
import { ClientWritesService } from '../plans/client-writes.service';
import { PlanChangeService, type PlanChange } from '../plans/plan-change.service';
import { insertItem, updateVersioned } from '../plans/plan-items';
import { PlanItemsService, type PlanItemKind } from '../plans/plan-items.service';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { Debrief, DebriefStatus, type Incident, type ObjectiveOutcome } from './debrief.entity';
import { DebriefRepository } from './debrief.repository';
import type { DebriefInput } from './dto/debrief.input';

const DEBRIEF: PlanItemKind<Debrief> = { entity: Debrief, table: 'debriefs', entityType: 'DEBRIEF', what: 'Debrief' };

/** Structured debriefs (HSEEP): each member writes their own while the plan is ACTIVE or COMPLETED. */
@Injectable()
export class DebriefsService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly items: PlanItemsService,
    private readonly debriefs: DebriefRepository,
    private readonly clock: Clock,
    private readonly clientWrites: ClientWritesService,
    private readonly plans: PlanRepository,
  ) {}

  /** The debriefs of a plan the caller sees that they may read: submitted ones, and their own draft (oversight: all). */
  readable(user: AuthenticatedUser, debriefs: readonly Debrief[]): Debrief[] {
    return debriefs.filter((debrief) => canReadDebrief(user, debrief));
  }

  /**
   * Creates or updates the caller's own draft. Updating needs the version last seen. With a client
   * key, a second send returns the draft as it is and saves nothing again.
   */
  save(user: AuthenticatedUser, planId: string, input: DebriefInput, expectedVersion: number | null | undefined, clientKey?: string | null): Promise<Debrief> {
    return this.changes.run(user, planId, 'debrief.save', (change) =>
      this.clientWrites.once(change, clientKey, 'saveDebrief', (manager, id) => manager.findOneBy(Debrief, { id }), async () => {
        this.assertOpen(change);
        const fields = await this.validated(change, input);
        const existing = await this.debriefs.findOwn(change.manager, planId, user.id);
        let debrief: Debrief;
        if (!existing) {
          debrief = await insertItem(change, Debrief, {
            authorId: user.id,
            agencyId: user.agencyId,
            status: DebriefStatus.DRAFT,
            outcomes: [],
            strengths: [],
            improvements: [],
            incidents: [],
            narrative: '',
            ...fields,
          });
        } else {
          if (existing.status === DebriefStatus.SUBMITTED) throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, 'A submitted debrief never changes again.');
          if (expectedVersion == null || expectedVersion !== existing.version) {
            throw new ConflictException(`Your debrief was saved elsewhere; it is now at version ${existing.version}.`, existing.version, existing);
          }
          debrief = await updateVersioned(change, Debrief, existing.id, expectedVersion, fields, DEBRIEF.what);
        }
        change.log({ type: 'DEBRIEF_SAVED', entityType: 'DEBRIEF', entityId: debrief.id, data: debrief });
        return debrief;
      }),
    );
  }

  /** Needs an outcome for every objective; afterwards the debrief is frozen. */
  submit(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<Debrief> {
    return this.items.update(
      user,
      DEBRIEF,
      id,
      expectedVersion,
      async (change, current) => {
        if (!can(user, 'debrief.submit', permissionPlan(change.plan, change.agencyIds), { authorId: current.authorId })) {
          throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, 'Only its author submits a debrief.');
        }
        if (current.status === DebriefStatus.SUBMITTED) throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, 'This debrief is already submitted.');
        this.assertOpen(change);
        const objectives = await this.debriefs.objectives(change.manager, change.plan.id);
        const answered = new Set(current.outcomes.map((outcome) => outcome.objectiveId));
        const missing = objectives.filter((objective) => !answered.has(objective.id));
        if (missing.length > 0) {
          throw new ValidationException([
            { field: 'outcomes', message: `Give an outcome for every objective before submitting. Missing: ${missing.map((objective) => objective.title).join('; ')}.` },
          ]);
        }
        return { status: DebriefStatus.SUBMITTED, submittedAt: this.clock.now() };
      },
      'DEBRIEF_SUBMITTED',
      'debrief.save',
    );
  }

  private assertOpen(change: PlanChange): void {
    if (!statusAllows('debrief.save', change.plan.status)) {
      throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Debriefs are open while the plan is ACTIVE or COMPLETED; it is ${change.plan.status}.`, { status: change.plan.status });
    }
  }

  private async validated(change: PlanChange, input: DebriefInput): Promise<Partial<Debrief>> {
    const violations: FieldViolation[] = collectViolations(
      checkList('input.outcomes', input.outcomes),
      checkList('input.strengths', input.strengths),
      checkList('input.improvements', input.improvements),
      checkList('input.incidents', input.incidents),
      checkText('input.narrative', input.narrative, LIMITS.textMax),
    );
    input.strengths?.forEach((text, index) => violations.push(...collectViolations(checkRequiredText(`input.strengths[${index}]`, text?.trim(), LIMITS.textMax))));
    input.improvements?.forEach((text, index) => violations.push(...collectViolations(checkRequiredText(`input.improvements[${index}]`, text?.trim(), LIMITS.textMax))));
    // Outcomes and incidents are stored as JSON, where no column constraint guards the enums: a
    // value outside them would later break every read of the debrief, the report and the figures.
    input.outcomes?.forEach((outcome, index) =>
      violations.push(
        ...collectViolations(checkOneOf(`input.outcomes[${index}].outcome`, outcome.outcome, OUTCOMES), checkText(`input.outcomes[${index}].notes`, outcome.notes, LIMITS.textMax)),
      ),
    );
    // An incident happened during the operation: its window or its run, 12 hours either side (libs/domain).
    const withinWindow = incidentWindowSchema({ ...change.plan, ...(await this.plans.ranBetween([change.plan.id], change.manager))[0] });
    input.incidents?.forEach((incident, index) => {
      const at = `input.incidents[${index}].occurredAt`;
      const badDate = checkDate(at, incident.occurredAt);
      violations.push(
        ...collectViolations(
          checkOneOf(`input.incidents[${index}].type`, incident.type, INCIDENT_TYPES),
          badDate,
          checkRequiredText(`input.incidents[${index}].description`, incident.description?.trim(), LIMITS.textMax),
          checkText(`input.incidents[${index}].reportedTo`, incident.reportedTo, LIMITS.titleMax),
        ),
        ...(badDate ? [] : violationsOf(withinWindow, incident.occurredAt, at)),
        ...(incident.location != null ? violationsOf(positionSchema, incident.location, `input.incidents[${index}].location`) : []),
      );
    });
    if (input.lastStep != null && (!Number.isInteger(input.lastStep) || input.lastStep < 0)) {
      violations.push({ field: 'input.lastStep', message: 'The step must be a whole number from 0.' });
    }
    ValidationException.throwIfAny(violations);

    const fields: Partial<Debrief> = {};
    const known = input.outcomes != null || input.lastStep != null ? new Set(await this.debriefs.objectiveIds(change.manager, change.plan.id)) : new Set<string>();
    if (input.lastStep != null) {
      const last = debriefStepCount(known.size) - 1;
      if (input.lastStep > last) throw ValidationException.of('input.lastStep', `The wizard has ${last + 1} steps: the last is ${last}.`);
      fields.lastStep = input.lastStep;
    }
    if (input.outcomes != null) {
      const outcomes = new Map<string, ObjectiveOutcome>();
      for (const [index, outcome] of input.outcomes.entries()) {
        if (!known.has(outcome.objectiveId)) throw ValidationException.of(`input.outcomes[${index}].objectiveId`, 'Not an objective of this plan.');
        outcomes.set(outcome.objectiveId, { objectiveId: outcome.objectiveId, outcome: outcome.outcome, notes: outcome.notes ?? '' });
      }
      fields.outcomes = [...outcomes.values()];
    }
    if (input.strengths != null) fields.strengths = input.strengths.map((text) => text.trim());
    if (input.improvements != null) fields.improvements = input.improvements.map((text) => text.trim());
    if (input.incidents != null) {
      fields.incidents = input.incidents.map(
        (incident): Incident => ({ type: incident.type, occurredAt: incident.occurredAt, description: incident.description.trim(), reportedTo: incident.reportedTo ?? '', location: incident.location ?? null }),
      );
    }
    if (input.narrative != null) fields.narrative = input.narrative;
    return fields;
  }
}
