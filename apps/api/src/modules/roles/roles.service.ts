import { Injectable } from '@nestjs/common';
import { isUuid, rolePatchSchema, roleSchema, takesPartInOperations } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { PlanChange } from '../plans/plan-change.service';
import { assertAllIn, assertParticipating, linksAsSet } from '../plans/plan-items';
import { PlanItemsService } from '../plans/plan-items.service';
import { PlanPartRepository } from '../plans/plan-part.repository';
import { assertPlaceInPlan } from '../places/place-links';
import { Objective } from '../objectives/objective.entity';
import { User } from '../users/user.entity';
import type { RoleAssignmentInput, RoleAssignmentPatch } from './dto/role-assignment.input';
import type { RoleAssignment } from './role-assignment.entity';
import { ROLE } from './role.part';

@Injectable()
export class RolesService {
  constructor(private readonly items: PlanItemsService) {}

  add(user: AuthenticatedUser, planId: string, input: RoleAssignmentInput): Promise<RoleAssignment> {
    return this.items.add(user, planId, ROLE, async (change) => {
      assertValid(roleSchema, input, 'input');
      assertParticipating(change, input.agencyId, 'input.agencyId');
      const objectiveIds = [...new Set(input.objectiveIds ?? [])];
      await this.checkLinks(change, input.agencyId, input.assigneeId ?? null, objectiveIds, 'input');
      await assertPlaceInPlan(change, input.placeId, 'input.placeId');
      return {
        agencyId: input.agencyId,
        title: input.title.trim(),
        responsibilities: input.responsibilities ?? '',
        assigneeId: input.assigneeId ?? null,
        objectiveIds,
        placeId: input.placeId ?? null,
      };
    });
  }

  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: RoleAssignmentPatch): Promise<RoleAssignment> {
    return this.items.update(user, ROLE, id, expectedVersion, async (change, current) => {
      assertValid(rolePatchSchema, patch, 'patch');
      const agencyId = patch.agencyId ?? current.agencyId;
      const assigneeId = patch.assigneeId !== undefined ? patch.assigneeId : current.assigneeId;
      const objectiveIds = patch.objectiveIds != null ? linksAsSet(patch.objectiveIds, current.objectiveIds) : current.objectiveIds;
      assertParticipating(change, agencyId, 'patch.agencyId');
      await this.checkLinks(change, agencyId, assigneeId, objectiveIds, 'patch');
      const changes: Partial<RoleAssignment> = { agencyId, assigneeId, objectiveIds };
      if (patch.placeId !== undefined) {
        await assertPlaceInPlan(change, patch.placeId, 'patch.placeId');
        changes.placeId = patch.placeId;
      }
      if (patch.title != null) changes.title = patch.title.trim();
      if (patch.responsibilities != null) changes.responsibilities = patch.responsibilities;
      return changes;
    });
  }

  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.remove(user, ROLE, id, expectedVersion);
  }

  /** The assignee works for the role's agency and takes part in operations; linked objectives belong to this plan. */
  private async checkLinks(change: PlanChange, agencyId: string, assigneeId: string | null, objectiveIds: string[], prefix: string): Promise<void> {
    if (assigneeId != null) {
      const assignee = isUuid(assigneeId) ? await change.manager.findOne(User, { where: { id: assigneeId }, select: { id: true, agencyId: true, roles: true } }) : null;
      if (!assignee) throw ValidationException.of(`${prefix}.assigneeId`, 'No user has this id.');
      if (assignee.agencyId !== agencyId) throw ValidationException.of(`${prefix}.assigneeId`, "The assignee must work for the role's agency.");
      if (!takesPartInOperations(assignee.roles)) {
        throw ValidationException.of(`${prefix}.assigneeId`, 'Oversight staff and administrators take no part in operations: assign a planner, agency lead or officer.');
      }
    }
    if (objectiveIds.length > 0) {
      const objectives = await PlanPartRepository.of(Objective).listIn(change.manager, change.plan.id);
      assertAllIn(objectiveIds, new Set(objectives.map((objective) => objective.id)), `${prefix}.objectiveIds`, 'objectives');
    }
  }
}
