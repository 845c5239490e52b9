import { Injectable } from '@nestjs/common';
import { objectivePatchSchema, objectiveSchema, Priority } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { PlanChange } from '../plans/plan-change.service';
import { assertAllIn, updateVersioned } from '../plans/plan-items';
import { PlanItemsService } from '../plans/plan-items.service';
import { PlanPartRepository } from '../plans/plan-part.repository';
import { RoleAssignment } from '../roles/role-assignment.entity';
import { ROLE } from '../roles/role.part';
import type { ObjectiveInput, ObjectivePatch } from './dto/objective.input';
import { Objective } from './objective.entity';
import { OBJECTIVE } from './objective.part';

const objectives = PlanPartRepository.of(Objective);

/** What a valid patch changes, besides the position; BAD_USER_INPUT naming the field otherwise. */
function fieldChanges(patch: ObjectivePatch): Partial<Objective> {
  assertValid(objectivePatchSchema, patch, 'patch');
  const changes: Partial<Objective> = {};
  if (patch.title != null) changes.title = patch.title.trim();
  if (patch.description != null) changes.description = patch.description;
  if (patch.successCriteria != null) changes.successCriteria = patch.successCriteria;
  if (patch.priority != null) changes.priority = patch.priority;
  return changes;
}

@Injectable()
export class ObjectivesService {
  constructor(private readonly items: PlanItemsService) {}

  /**
   * Adds at the end, or at `input.position` (the others shift, each with an event); `input.roleIds`
   * links the new objective into those roles (each role's own event). Undo of a removal uses both.
   */
  add(user: AuthenticatedUser, planId: string, input: ObjectiveInput): Promise<Objective> {
    let roles: RoleAssignment[] = [];
    return this.items.add(
      user,
      planId,
      OBJECTIVE,
      async (change) => {
        assertValid(objectiveSchema, input, 'input');
        const count = await this.count(change);
        if (input.position != null && (input.position < 0 || input.position > count)) throw ValidationException.of('input.position', `Position must be between 0 and ${count}.`);
        roles = await this.rolesNamed(change, input.roleIds ?? []);
        return {
          position: input.position ?? count,
          title: input.title.trim(),
          description: input.description ?? '',
          successCriteria: input.successCriteria ?? '',
          priority: input.priority ?? Priority.MEDIUM,
        };
      },
      async (change, added) => {
        if (input.position != null) await this.renumber(change, added);
        for (const role of roles) {
          const updated = await updateVersioned(change, RoleAssignment, role.id, role.version, { objectiveIds: [...role.objectiveIds, added.id] }, ROLE.what);
          change.log({ type: 'ROLE_UPDATED', entityType: 'ROLE', entityId: role.id, data: updated });
        }
      },
    );
  }

  /** The plan's roles with these ids; BAD_USER_INPUT naming `input.roleIds` for any other. */
  private async rolesNamed(change: PlanChange, roleIds: readonly string[]): Promise<RoleAssignment[]> {
    const wanted = [...new Set(roleIds)];
    if (wanted.length === 0) return [];
    const all = await PlanPartRepository.of(RoleAssignment).listIn(change.manager, change.plan.id);
    assertAllIn(wanted, new Set(all.map((role) => role.id)), 'input.roleIds', 'roles');
    return all.filter((role) => wanted.includes(role.id));
  }

  /**
   * A position in the patch moves the objective; the others shift around it. Without one, the
   * changes follow from the patch alone and go with the plan's lock (updatePrepared).
   */
  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ObjectivePatch): Promise<Objective> {
    const position = patch.position;
    if (position == null) return this.items.updatePrepared(user, OBJECTIVE, id, expectedVersion, () => fieldChanges(patch));
    return this.items.within(user, OBJECTIVE, id, async (change) => {
      const changes = { ...fieldChanges(patch), position: await this.checkedPosition(change, position) };
      const objective = await updateVersioned(change, Objective, id, expectedVersion, changes, OBJECTIVE.what);
      change.log({ type: 'OBJECTIVE_UPDATED', entityType: 'OBJECTIVE', entityId: objective.id, data: objective });
      await this.renumber(change, objective);
      return objective;
    });
  }

  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.remove(user, OBJECTIVE, id, expectedVersion, async (change) => {
      await this.renumber(change, null);
      await this.unlinkFromRoles(change, id);
    });
  }

  private count(change: PlanChange): Promise<number> {
    return objectives.countIn(change.manager, change.plan.id);
  }

  private async checkedPosition(change: PlanChange, position: number): Promise<number> {
    const count = await this.count(change);
    if (position < 0 || position >= count) throw ValidationException.of('patch.position', `Position must be between 0 and ${count - 1}.`);
    return position;
  }

  /**
   * Gives every other objective a gapless position around `moved`. Siblings keep their version
   * (their own content did not change, so nobody editing them conflicts) but get an event, so
   * every screen and the log see the new order.
   */
  private async renumber(change: PlanChange, moved: Objective | null): Promise<void> {
    const all = await objectives.listIn(change.manager, change.plan.id, { position: 'ASC', id: 'ASC' });
    const others = all.filter((objective) => objective.id !== moved?.id);
    if (moved) others.splice(moved.position, 0, moved);
    for (const [position, objective] of others.entries()) {
      if (objective.id === moved?.id || objective.position === position) continue;
      await objectives.setPosition(change.manager, objective.id, position);
      objective.position = position;
      change.log({ type: 'OBJECTIVE_UPDATED', entityType: 'OBJECTIVE', entityId: objective.id, data: objective });
    }
  }

  private async unlinkFromRoles(change: PlanChange, objectiveId: string): Promise<void> {
    const roles = await PlanPartRepository.of(RoleAssignment).linkingTo(change.manager, change.plan.id, 'objectiveIds', objectiveId);
    for (const role of roles) {
      const updated = await updateVersioned(change, RoleAssignment, role.id, role.version, { objectiveIds: role.objectiveIds.filter((id) => id !== objectiveId) }, ROLE.what);
      change.log({ type: 'ROLE_UPDATED', entityType: 'ROLE', entityId: role.id, data: updated });
    }
  }
}
