import { UseGuards, UseInterceptors } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requestMeta, type GqlContext } from '../../core/graphql/gql-context';
import { AllowAnonymous } from '../../core/guards/allow-anonymous.decorator';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { SessionCookieInterceptor } from '../../core/web/session-cookie.interceptor';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthPayload } from './dto/auth-payload.type';
import { RecoveryCodes, TotpEnrollment } from './dto/second-factor.types';
import { MfaService } from './mfa.service';
import { TotpService } from './totp.service';
import { SessionRepository } from './session.repository';
import type { User } from '../users/user.entity';

/** The second factor: the second step of signing in, TOTP enrollment, and re-authentication before a signature. */
@Resolver()
@UseGuards(SessionGuard)
@UseInterceptors(SessionCookieInterceptor)
export class SecondFactorResolver {
  constructor(
    private readonly mfa: MfaService,
    private readonly totp: TotpService,
    private readonly sessions: SessionRepository,
  ) {}

  @Mutation(() => AuthPayload, {
    description:
      "Step 2 of signing in to an account with a second factor: the challenge from login's MFA_REQUIRED error and either one TOTP or recovery code, or a passkey assertion (the JSON that @simplewebauthn/browser's startAuthentication returns).",
  })
  @AllowAnonymous()
  async completeLogin(
    @Args('challenge') challenge: string,
    @Args('code', { type: () => String, nullable: true }) code: string | null,
    @Args('passkeyAssertion', { type: () => String, nullable: true }) passkeyAssertion: string | null,
    @Context() context: GqlContext,
  ): Promise<AuthPayload> {
    const payload = await this.mfa.completeLogin(challenge, { code, passkeyAssertion }, requestMeta(context));
    context.auth = payload.caller;
    return payload;
  }

  @Mutation(() => TotpEnrollment, { description: 'Starts setting up an authenticator app: a new secret, pending until confirmTotpEnrollment.' })
  beginTotpEnrollment(@CurrentUser() user: AuthenticatedUser): Promise<TotpEnrollment> {
    return this.totp.begin(user);
  }

  @Mutation(() => RecoveryCodes, { description: 'Confirms the enrollment with a current code; returns the recovery codes.' })
  confirmTotpEnrollment(@Args('code') code: string, @CurrentUser() user: AuthenticatedUser, @Context() context: GqlContext): Promise<RecoveryCodes> {
    return this.totp.confirm(user, code, requestMeta(context));
  }

  @Mutation(() => AuthPayload, {
    description: 'Proves presence again before a signature (approve, reject, activate, finalize): password, and a code when the account has a second factor.',
  })
  async reauthenticate(
    @Args('password') password: string,
    @Args('code', { type: () => String, nullable: true }) code: string | null,
    @Args('passkeyAssertion', { type: () => String, nullable: true }) passkeyAssertion: string | null,
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GqlContext,
  ): Promise<AuthPayload> {
    const proved = await this.mfa.reauthenticate(user, password, { code, passkeyAssertion }, requestMeta(context));
    context.auth = { ...user, authenticatedAt: proved.authenticatedAt, secondFactor: proved.secondFactor };
    return {
      token: context.token ?? '',
      expiresAt: proved.expiresAt,
      user: (await this.sessions.findUser(user.id)) as User,
      restricted: false,
      mustChangePassword: false,
      authenticatedAt: proved.authenticatedAt,
    };
  }
}
