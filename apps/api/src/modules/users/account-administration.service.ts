import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { accountPatchSchema, checkRoles, isUuid, selfAdministrationViolation, violationsOf, type Role } from '@jointops/domain';
import { temporaryPasswordSchema } from '@jointops/domain/passwords';
import { DataSource, type EntityManager } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { AgenciesService } from '../agencies/agencies.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CredentialsService } from '../auth/credentials.service';
import { SecurityLogService } from '../auth/security-log.service';
import type { UserPatch } from './dto/user-patch.input';
import { User } from './user.entity';
import { UserException, UserExceptionCode } from './user.exception';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';

type Changes = Partial<Record<'displayName' | 'agencyId' | 'roles', { from: unknown; to: unknown }>>;

/**
 * An administrator's changes to an existing account (ADMIN only, checked by the resolver's
 * guard): edit, disable or re-enable, reset to a one-time password. Each is one transaction under
 * the account's row lock, security-logged with who did it. Sessions it ends close their sockets on
 * every instance once it committed; a change of agency or roles reconnects them.
 */
@Injectable()
export class AccountAdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly accounts: UsersService,
    private readonly agencies: AgenciesService,
    private readonly credentials: CredentialsService,
    private readonly securityLog: SecurityLogService,
  ) {}

  async update(actor: AuthenticatedUser, id: string, patch: UserPatch, meta: RequestMeta): Promise<User> {
    const target = requireId(id);
    const input = {
      displayName: patch.displayName == null ? null : patch.displayName.trim(),
      roles: patch.roles == null ? null : ([...new Set(patch.roles)] as Role[]),
      agencyId: patch.agencyId ?? null,
    };
    const violations = violationsOf(accountPatchSchema, input, 'patch');
    const self = selfAdministrationViolation({ actorId: actor.id, targetId: target, roles: input.roles }, 'patch.');
    if (self) violations.push(self);
    if (input.agencyId != null && !isUuid(input.agencyId) && !violations.some((v) => v.field === 'patch.agencyId')) {
      violations.push({ field: 'patch.agencyId', message: 'No agency has this id.' });
    }
    ValidationException.throwIfAny(violations);
    if (input.agencyId != null && !(await this.agencies.exists(input.agencyId))) throw ValidationException.of('patch.agencyId', 'No agency has this id.');

    let publish = () => undefined as void;
    const { user, changes } = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, target);
      // The roles the account ends up with are checked even when the patch leaves them: an account
      // made before the combination rule must have its roles corrected before anything else changes.
      const roleViolation = checkRoles('patch.roles', input.roles ?? current.roles);
      if (roleViolation) throw new ValidationException([roleViolation]);

      const changes: Changes = {};
      if (input.displayName != null && input.displayName !== current.displayName) changes.displayName = { from: current.displayName, to: input.displayName };
      if (input.agencyId != null && input.agencyId !== current.agencyId) changes.agencyId = { from: current.agencyId, to: input.agencyId };
      if (input.roles != null && !sameRoles(input.roles, current.roles)) changes.roles = { from: current.roles, to: input.roles };
      if (Object.keys(changes).length === 0) return { user: current, changes };

      const previousRoles = current.roles;
      const before = Object.assign(new User(), current);
      const fields = Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.to]));
      await this.users.update(manager, target, fields);
      const user = Object.assign(current, fields);
      await this.log(manager, 'USER_UPDATED', actor, user, meta, { changes });
      if (changes.roles || changes.agencyId) {
        await this.accounts.recordRoleGrant(user, { actorId: actor.id, source: 'updateUser' }, manager, previousRoles);
        publish = await this.accounts.announceSigners(manager, before, user, actor.id);
      }
      return { user, changes };
    });
    publish();
    if (changes.roles || changes.agencyId) await this.credentials.announceAccessChanged(target);
    return user;
  }

  async setActive(actor: AuthenticatedUser, id: string, active: boolean, meta: RequestMeta): Promise<User> {
    const target = requireId(id);
    const self = selfAdministrationViolation({ actorId: actor.id, targetId: target, active });
    if (self) throw new ValidationException([self]);
    let ended: string[] = [];
    let publish = () => undefined as void;
    const user = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, target);
      if ((current.disabledAt === null) === active) return current;
      await this.users.setDisabled(manager, target, !active);
      if (!active) ended = await this.credentials.endSessionsOf(manager, target);
      await this.log(manager, active ? 'USER_ENABLED' : 'USER_DISABLED', actor, current, meta, active ? {} : { endedSessions: ended.length });
      const after = await this.lock(manager, target);
      // A lead disabled (or enabled again) changes whether their agency's plans can be signed.
      publish = await this.accounts.announceSigners(manager, current, after, actor.id);
      return after;
    });
    publish();
    this.credentials.announceEnded(ended);
    return user;
  }

  async resetCredentials(actor: AuthenticatedUser, id: string, temporaryPassword: string, meta: RequestMeta): Promise<boolean> {
    const target = requireId(id);
    const self = selfAdministrationViolation({ actorId: actor.id, targetId: target, reset: true });
    if (self) throw new ValidationException([self]);
    ValidationException.throwIfAny(violationsOf(temporaryPasswordSchema, { temporaryPassword }));
    const ended = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, target);
      const ended = await this.credentials.setTemporaryPassword(manager, target, temporaryPassword);
      await this.log(manager, 'CREDENTIALS_RESET', actor, current, meta, { endedSessions: ended.length, secondFactorCleared: true });
      return ended;
    });
    this.credentials.announceEnded(ended);
    return true;
  }

  private async lock(manager: EntityManager, id: string): Promise<User> {
    const user = await this.users.lockById(manager, id);
    if (!user) throw notFound();
    return user;
  }

  /** `userId` is the administrator who acted; `email` and `targetUserId` the account. */
  private log(
    manager: EntityManager,
    type: 'USER_UPDATED' | 'USER_DISABLED' | 'USER_ENABLED' | 'CREDENTIALS_RESET',
    actor: AuthenticatedUser,
    target: User,
    meta: RequestMeta,
    detail: Record<string, unknown>,
  ): Promise<void> {
    return this.securityLog.record({ type, userId: actor.id, email: target.email, ip: meta.ip, requestId: meta.requestId, detail: { targetUserId: target.id, ...detail } }, manager);
  }
}

function requireId(id: string): string {
  if (!isUuid(id)) throw notFound();
  return id;
}

function notFound(): UserException {
  return new UserException(UserExceptionCode.USER_NOT_FOUND, 'No account has this id.');
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
