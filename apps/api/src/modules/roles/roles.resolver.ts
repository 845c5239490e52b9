import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Objective } from '../objectives/objective.entity';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { RoleAssignmentInput, RoleAssignmentPatch } from './dto/role-assignment.input';
import { RoleAssignment } from './role-assignment.entity';
import { RolesService } from './roles.service';

@Resolver(() => RoleAssignment)
@UseGuards(SessionGuard)
export class RolesResolver {
  constructor(private readonly roles: RolesService) {}

  @Mutation(() => RoleAssignment)
  addRole(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: RoleAssignmentInput,
  ): Promise<RoleAssignment> {
    return this.roles.add(user, planId, input);
  }

  @Mutation(() => RoleAssignment)
  updateRole(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: RoleAssignmentPatch,
  ): Promise<RoleAssignment> {
    return this.roles.update(user, id, expectedVersion, patch);
  }

  @Mutation(() => ID)
  removeRole(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<string> {
    return this.roles.remove(user, id, expectedVersion);
  }

  @ResolveField(() => Agency)
  async agency(@Parent() role: RoleAssignment, @Context() context: GqlContext): Promise<Agency> {
    return (await context.loaders.agencyById.load(role.agencyId)) as Agency;
  }

  @ResolveField(() => User, { nullable: true })
  async assignee(@Parent() role: RoleAssignment, @Context() context: GqlContext): Promise<User | null> {
    return role.assigneeId ? ((await context.loaders.userById.load(role.assigneeId)) ?? null) : null;
  }

  @ResolveField(() => [Objective])
  async objectives(@Parent() role: RoleAssignment, @Context() context: GqlContext): Promise<Objective[]> {
    const { objectives } = await context.loaders.planContent.load(role.planId);
    return objectives.filter((objective) => role.objectiveIds.includes(objective.id));
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanRolesResolver {
  @ResolveField(() => [RoleAssignment])
  async roles(@Parent() plan: Plan, @Context() context: GqlContext): Promise<RoleAssignment[]> {
    return (await context.loaders.planContent.load(plan.id)).roles;
  }
}
