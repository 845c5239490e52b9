import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, rolesFor } from '@jointops/domain';
import { requestMeta, type GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AccountAdministrationService } from './account-administration.service';
import { CreateUserInput } from './dto/create-user.input';
import { UserPatch } from './dto/user-patch.input';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
@UseGuards(SessionGuard)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly administration: AccountAdministrationService,
  ) {}

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

  @Mutation(() => User, { description: 'ADMIN: edit an account; every change is security-logged.' })
  @RequireRoles(...rolesFor('user.update'))
  updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('patch') patch: UserPatch,
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GqlContext,
  ): Promise<User> {
    return this.administration.update(user, id, patch, requestMeta(context));
  }

  @Mutation(() => User, { description: 'ADMIN: disable (ends its sessions at once) or re-enable an account.' })
  @RequireRoles(...rolesFor('user.update'))
  setUserActive(
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GqlContext,
  ): Promise<User> {
    return this.administration.setActive(user, id, active, requestMeta(context));
  }

  @Mutation(() => Boolean, { description: 'ADMIN: sets a one-time password the user must change at next sign-in, and clears the second factor.' })
  @RequireRoles(...rolesFor('user.update'))
  resetUserCredentials(
    @Args('id', { type: () => ID }) id: string,
    @Args('temporaryPassword') temporaryPassword: string,
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GqlContext,
  ): Promise<boolean> {
    return this.administration.resetCredentials(user, id, temporaryPassword, requestMeta(context));
  }

  @ResolveField(() => Boolean, { description: 'False when an ADMIN has disabled the account: it cannot sign in and its sessions are ended.' })
  active(@Parent() user: User): boolean {
    return user.disabledAt == null;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the account has a confirmed second factor (TOTP or passkey). Shown to the user, ADMIN, OVERSIGHT and those who may read their email; false for others.',
  })
  async secondFactor(@Parent() user: User, @Context() context: GqlContext): Promise<boolean> {
    if (context.auth?.id !== user.id && !can(context.auth, 'user.readEmail', null, { agencyId: user.agencyId })) return false;
    return context.loaders.userHasSecondFactor.load(user.id);
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
