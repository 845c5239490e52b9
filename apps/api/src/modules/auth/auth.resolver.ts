import { UseGuards, UseInterceptors } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requestMeta, type GqlContext } from '../../core/graphql/gql-context';
import { AllowAnonymous } from '../../core/guards/allow-anonymous.decorator';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { SessionCookieInterceptor } from '../../core/web/session-cookie.interceptor';
import { AuthService } from './auth.service';
import { CredentialsService } from './credentials.service';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthPayload } from './dto/auth-payload.type';

@Resolver()
@UseGuards(SessionGuard)
@UseInterceptors(SessionCookieInterceptor)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly credentials: CredentialsService,
  ) {}

  @Mutation(() => AuthPayload)
  @AllowAnonymous()
  async login(@Args('email') email: string, @Args('password') password: string, @Context() context: GqlContext): Promise<AuthPayload> {
    const payload = await this.auth.login(email, password, requestMeta(context));
    // The payload's fields are read by the user who just signed in (their own email, for one).
    context.auth = payload.caller;
    return payload;
  }

  @Mutation(() => Boolean, { description: 'Ends the session at once: the token stops working and its open subscriptions are closed.' })
  logout(@CurrentUser() user: AuthenticatedUser, @Context() context: GqlContext): Promise<boolean> {
    return this.auth.logout(user, requestMeta(context));
  }

  @Mutation(() => Boolean, {
    description: "Changes the caller's own password. Ends their other sessions; lifts mustChangePassword. A wrong current password is BAD_USER_INPUT on currentPassword.",
  })
  changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GqlContext,
  ): Promise<boolean> {
    return this.credentials.changePassword(user, currentPassword, newPassword, requestMeta(context));
  }
}
