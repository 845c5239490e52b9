import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { hasAnyRole, sessionMayCall, type Role } from '@jointops/domain';
import { AuthException, AuthExceptionCode } from '../../modules/auth/auth.exception';
import { AuthService } from '../../modules/auth/auth.service';
import { SecurityLogService } from '../../modules/auth/security-log.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { GqlContext } from '../graphql/gql-context';
import { ALLOW_ANONYMOUS } from './allow-anonymous.decorator';
import { REQUIRED_ROLES } from './require-roles.decorator';
import { assertPresenceForSignature } from './signature-presence';

/** What an operation that wants a session answers a request without one (UNAUTHENTICATED). */
export const SESSION_REQUIRED_MESSAGE = 'Sign in to continue.';

/**
 * Every resolver declares this guard (a lint rule checks it). It resolves the session once per
 * operation, slides its idle timeout, confines a restricted session (one that must change its
 * password, or enroll a second factor) to the few operations it may call, enforces @RequireRoles, and
 * asks a signer who proved presence too long ago to re-authenticate (signature-presence.ts). Guards
 * run on root fields only, over HTTP and graphql-ws alike, so this is the one place for both transports.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'signatureWindowSeconds'>,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const context = GqlExecutionContext.create(execution).getContext<GqlContext>();
    const targets = [execution.getHandler(), execution.getClass()];
    const anonymous = this.reflector.getAllAndOverride<boolean>(ALLOW_ANONYMOUS, targets) ?? false;
    if (anonymous) return true;

    if (!context.token) {
      throw new AuthException(AuthExceptionCode.SESSION_REQUIRED, SESSION_REQUIRED_MESSAGE);
    }
    context.authLookup ??= this.auth.authenticate(context.token);
    const user = await context.authLookup;
    if (!user) {
      throw new AuthException(AuthExceptionCode.SESSION_INVALID, 'Your session has expired or was ended. Sign in again.');
    }
    context.auth = user;
    const operation = () => GqlExecutionContext.create(execution).getInfo<{ fieldName: string }>().fieldName;

    if (!sessionMayCall(user, operation())) {
      await this.securityLog.record({
        type: 'ACCESS_DENIED',
        userId: user.id,
        email: user.email,
        ip: context.ip,
        requestId: context.requestId,
        detail: { operation: operation(), mustChangePassword: Boolean(user.mustChangePassword), restricted: Boolean(user.restricted) },
      });
      if (user.mustChangePassword) {
        throw new AuthException(AuthExceptionCode.PASSWORD_CHANGE_REQUIRED, 'Choose a new password before you continue.', { reason: 'PASSWORD_CHANGE_REQUIRED' });
      }
      throw new AuthException(AuthExceptionCode.MFA_ENROLLMENT_REQUIRED, 'Set up a second factor (an authenticator app or a passkey) before you continue.', {
        reason: 'MFA_ENROLLMENT_REQUIRED',
      });
    }

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !hasAnyRole(user.roles, required)) {
      await this.securityLog.record({
        type: 'ACCESS_DENIED',
        userId: user.id,
        email: user.email,
        ip: context.ip,
        requestId: context.requestId,
        detail: { operation: operation(), required },
      });
      throw new AuthException(AuthExceptionCode.ROLE_REQUIRED, `This needs the ${required.join(' or ')} role.`);
    }
    assertPresenceForSignature(user, operation(), this.config.signatureWindowSeconds);
    return true;
  }
}
