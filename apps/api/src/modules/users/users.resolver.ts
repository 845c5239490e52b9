import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, rolesFor } from '@jointops/domain';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CreateUserInput } from './dto/create-user.input';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
@UseGuards(SessionGuard)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User)
  async me(@CurrentUser() user: AuthenticatedUser): Promise<User> {
    return (await this.users.findById(user.id)) as User;
  }

  @Query(() => [User], { name: 'users' })
  list(@CurrentUser() user: AuthenticatedUser, @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null): Promise<User[]> {
    return this.users.list(user, agencyId);
  }

  @Mutation(() => User)
  @RequireRoles(...rolesFor('user.create'))
  createUser(@Args('input') input: CreateUserInput, @CurrentUser() user: AuthenticatedUser): Promise<User> {
    return this.users.create(input, user.id);
  }

  /** The one place a user's email leaves the server: "" for a viewer of another agency (not ADMIN or OVERSIGHT). */
  @ResolveField(() => String)
  email(@Parent() user: User, @Context() context: GqlContext): string {
    return can(context.auth, 'user.readEmail', null, { agencyId: user.agencyId }) ? user.email : '';
  }

  @ResolveField(() => Agency)
  async agency(@Parent() user: User, @Context() context: GqlContext): Promise<Agency> {
    return (await context.loaders.agencyById.load(user.agencyId)) as Agency;
  }
}
