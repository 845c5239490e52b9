import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requestMeta, type GqlContext } from '../../core/graphql/gql-context';
import { AllowAnonymous } from '../../core/guards/allow-anonymous.decorator';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthPayload } from './dto/auth-payload.type';

@Resolver()
@UseGuards(SessionGuard)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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
}
