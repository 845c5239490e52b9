import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { whenLoaded } from '../../core/dataloaders/dataloader.service';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Objective } from '../objectives/objective.entity';
import { itemsWithIds } from '../plans/plan-content.service';
import { Place } from '../places/place.entity';
import { placeNamedBy } from '../places/place-links';
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

  // Per item of a plan: (parent, args, context) without parameter decorators, so @nestjs/graphql
  // hands it to graphql-js as it is, and it answers at once what the operation already loaded.
  @ResolveField(() => Agency)
  agency(role: RoleAssignment, _args: unknown, context: GqlContext): Agency | Promise<Agency> {
    return context.loaders.agencyById.get(role.agencyId) as Agency | Promise<Agency>;
  }

  @ResolveField(() => User, { nullable: true })
  assignee(role: RoleAssignment, _args: unknown, context: GqlContext): User | null | Promise<User | null> {
    return role.assigneeId ? whenLoaded(context.loaders.userById.get(role.assigneeId), (user) => user ?? null) : null;
  }

  @ResolveField(() => [Objective])
  objectives(role: RoleAssignment, _args: unknown, context: GqlContext): Objective[] | Promise<Objective[]> {
    return whenLoaded(context.loaders.planContent.get(role.planId), ({ objectives }) => itemsWithIds(objectives, role.objectiveIds));
  }

  @ResolveField(() => Place, { nullable: true })
  place(role: RoleAssignment, _args: unknown, context: GqlContext): Place | null | Promise<Place | null> {
    return placeNamedBy(role, context);
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
