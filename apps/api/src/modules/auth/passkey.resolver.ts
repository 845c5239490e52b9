import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { requestMeta, type GqlContext } from '../../core/graphql/gql-context';
import { AllowAnonymous } from '../../core/guards/allow-anonymous.decorator';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from './authenticated-user';
import { Passkey } from './dto/passkey.type';
import { PasskeyService } from './passkey.service';
import { relyingPartyOf } from './relying-party';

/** Passkeys: register, list and remove the caller's; the options for signing in and re-authenticating with one. */
@Resolver(() => Passkey)
@UseGuards(SessionGuard)
export class PasskeyResolver {
  constructor(
    private readonly service: PasskeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Passkey], { description: "The caller's passkeys." })
  passkeys(@CurrentUser() user: AuthenticatedUser): Promise<Passkey[]> {
    return this.service.list(user);
  }

  @Query(() => String, { description: 'Anyone holding a login challenge: WebAuthn options (JSON) to sign in with a passkey.' })
  @AllowAnonymous()
  passkeyLoginOptions(@Args('challenge') challenge: string, @Context() context: GqlContext): Promise<string> {
    return this.service.loginOptions(challenge, relyingPartyOf(context.req, this.config.webOrigins));
  }

  @Query(() => String, {
    description: "WebAuthn options (JSON) to re-authenticate with one of the caller's passkeys: pass the browser's assertion to reauthenticate as passkeyAssertion.",
  })
  passkeyReauthOptions(@CurrentUser() user: AuthenticatedUser, @Context() context: GqlContext): Promise<string> {
    return this.service.reauthOptions(user, relyingPartyOf(context.req, this.config.webOrigins));
  }

  @Mutation(() => String, { description: 'WebAuthn registration options (JSON) for a new passkey of the caller.' })
  beginPasskeyRegistration(@CurrentUser() user: AuthenticatedUser, @Context() context: GqlContext): Promise<string> {
    return this.service.beginRegistration(user, relyingPartyOf(context.req, this.config.webOrigins));
  }

  @Mutation(() => Passkey, { description: "Stores the passkey from the browser's registration response (JSON)." })
  finishPasskeyRegistration(
    @Args('response') response: string,
    @Args('name') name: string,
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GqlContext,
  ): Promise<Passkey> {
    return this.service.finishRegistration(user, response, name, requestMeta(context));
  }

  @Mutation(() => Boolean, { description: 'Removes one of your passkeys (security-logged).' })
  removePasskey(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthenticatedUser, @Context() context: GqlContext): Promise<boolean> {
    return this.service.remove(user, id, requestMeta(context));
  }
}
