import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, isUuid, Role, signerAgenciesChanged, violationsOf } from '@jointops/domain';
import { accountSchema } from '@jointops/domain/passwords';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import { AgenciesService } from '../agencies/agencies.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PasswordService } from '../auth/password.service';
import { SecurityLogService } from '../auth/security-log.service';
import { PlanAccessService } from '../plans/plan-access.service';
import { PlanReadinessAnnouncer } from '../plans/plan-readiness.announcer';
import { CreateUserInput } from './dto/create-user.input';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

export interface NewUser {
  email: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  password: string;
}

export interface InsertOptions {
  /** Prefix of the field names in BAD_USER_INPUT errors, e.g. `input.`. */
  fieldPrefix?: string;
  /** Only the demo seed, outside production, may give an account the public demo password. */
  allowDemoPassword?: boolean;
  manager?: EntityManager;
}

/** Who grants roles when an account is created, for the security log; null means the server itself (bootstrap). */
export interface RoleGrant {
  actorId: string | null;
  source: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly agencies: AgenciesService,
    private readonly passwords: PasswordService,
    private readonly securityLog: SecurityLogService,
    private readonly planAccess: PlanAccessService,
    private readonly readiness: PlanReadinessAnnouncer,
  ) {}

  /**
   * ADMIN and OVERSIGHT list every account. Anyone else lists the active users of the agencies of
   * the plans they can see (to pick role assignees), an AGENCY_LEAD also those of their own agency.
   * Emails of other agencies' users are blanked by the User.email field, wherever a user appears.
   */
  async list(caller: AuthenticatedUser, agencyId?: string | null): Promise<User[]> {
    if (agencyId != null && !isUuid(agencyId)) throw ValidationException.of('agencyId', 'Agency id is not a valid id.');
    if (can(caller, 'user.listAll')) return this.users.list(agencyId);
    return this.users.list(agencyId, {
      visiblePlans: this.planAccess.visibleCondition(caller, 'p', ':callerAgencyId'),
      callerAgencyId: caller.agencyId,
      includeOwnAgency: can(caller, 'user.listOwnAgency'),
    });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findById(id);
  }

  /**
   * createUser: the account, its roles and who granted them are written together. A new agency
   * lead is one more person who can sign their agency's plans: those plans hear READINESS_CHANGED.
   */
  async create(input: CreateUserInput, actorId: string): Promise<User> {
    let publish = () => undefined as void;
    const created = await this.dataSource.transaction(async (manager) => {
      const user = await this.insert(
        { ...input, email: input.email?.trim(), displayName: input.displayName?.trim() },
        { fieldPrefix: 'input.', manager },
      );
      await this.securityLog.record(
        { type: 'USER_CREATED', userId: actorId, email: user.email, detail: { createdUserId: user.id, agencyId: user.agencyId, roles: user.roles } },
        manager,
      );
      await this.recordRoleGrant(user, { actorId, source: 'createUser' }, manager);
      publish = await this.announceSigners(manager, null, user, actorId);
      return user;
    });
    publish();
    return created;
  }

  /**
   * Inside the transaction that changed an account from `before` to `after` (null: not there):
   * tells the plans of every agency that gained or lost a lead who can sign that their readiness
   * may have changed. Returns what to call after the commit.
   */
  announceSigners(manager: EntityManager, before: User | null, after: User, actorId: string): Promise<() => void> {
    const state = (user: User | null) => (user ? { agencyId: user.agencyId, roles: user.roles, active: user.disabledAt == null } : null);
    return this.readiness.announce(manager, { agencyIds: signerAgenciesChanged(state(before), state(after)) }, actorId, { kind: 'AGENCY_LEAD', id: after.id });
  }

  /**
   * Every role grant or change goes to the security log: `userId` is who granted (null for the
   * server's own bootstrap), `email` the account that received the roles.
   */
  async recordRoleGrant(user: User, grant: RoleGrant, manager?: EntityManager, previousRoles: readonly Role[] = []): Promise<void> {
    await this.securityLog.record(
      {
        type: 'ROLES_GRANTED',
        userId: grant.actorId,
        email: user.email,
        detail: { targetUserId: user.id, agencyId: user.agencyId, roles: user.roles, previousRoles, source: grant.source },
      },
      manager,
    );
  }

  /** Validates and inserts; shared by createUser, the admin bootstrap and the demo seed. */
  async insert(input: NewUser, { fieldPrefix = '', allowDemoPassword = false, manager = this.dataSource.manager }: InsertOptions = {}): Promise<User> {
    const field = (name: string) => `${fieldPrefix}${name}`;
    const roles = [...new Set(input.roles ?? [])];
    // The agency must be one that exists: a wrong id says so rather than "Choose an agency".
    const violations = violationsOf(accountSchema({ allowDemoPassword }).omit({ agencyId: true }), { ...input, roles });
    if (!isUuid(input.agencyId)) violations.push({ field: 'agencyId', message: 'No agency has this id.' });
    ValidationException.throwIfAny(violations.map((violation) => ({ ...violation, field: field(violation.field) })));
    if (!(await this.agencies.exists(input.agencyId))) throw ValidationException.of(field('agencyId'), 'No agency has this id.');
    if (await this.users.emailTaken(manager, input.email)) {
      throw ValidationException.of(field('email'), 'An account with this email already exists.');
    }
    const passwordHash = await this.passwords.hash(input.password);
    return this.users.insert(manager, { email: input.email.toLowerCase(), displayName: input.displayName, agencyId: input.agencyId, roles, passwordHash });
  }
}
