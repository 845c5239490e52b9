import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { User } from './user.entity';

/** Which accounts a caller who may not list them all sees (UsersService.list decides). */
export interface UserListScope {
  /** The plan visibility rule as SQL on plans alias `p`, using the parameter `:callerAgencyId`. */
  visiblePlans: string;
  callerAgencyId: string;
  /** Also the active users of the caller's own agency. */
  includeOwnAgency: boolean;
}

/** The users table. Methods that take an EntityManager run in the caller's transaction. */
@Injectable()
export class UserRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Accounts by display name, of one agency if given; with a scope, only the active ones of the agencies it allows. */
  list(agencyId: string | null | undefined, scope?: UserListScope): Promise<User[]> {
    const query = this.users.createQueryBuilder('u').orderBy('u.displayName', 'ASC').addOrderBy('u.id', 'ASC');
    if (agencyId) query.andWhere('u.agencyId = :agencyId', { agencyId });
    if (!scope) return query.getMany();

    const visiblePlanAgencies = `u.agency_id IN (SELECT pa_all.agency_id FROM plans p JOIN plan_agencies pa_all ON pa_all.plan_id = p.id
      WHERE ${scope.visiblePlans})`;
    const ownAgency = scope.includeOwnAgency ? ' OR u.agency_id = :callerAgencyId' : '';
    return query
      .andWhere('u.disabledAt IS NULL')
      .andWhere(`(${visiblePlanAgencies}${ownAgency})`, { callerAgencyId: scope.callerAgencyId })
      .getMany();
  }

  /**
   * The active AGENCY_LEADs of each agency, by name: who signs a plan for it (the test of the
   * AGENCY_WITHOUT_LEAD blocker, PlanAccountabilityRepository.factsFor).
   */
  leadsOf(agencyIds: readonly string[]): Promise<User[]> {
    return this.users
      .createQueryBuilder('u')
      .where('u.agencyId IN (:...agencyIds)', { agencyIds: [...agencyIds] })
      .andWhere('u.disabledAt IS NULL')
      .andWhere(`'AGENCY_LEAD' = ANY(u.roles)`)
      .orderBy('u.displayName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** Whether an account already has this email, compared without case. */
  emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
  }

  insert(manager: EntityManager, fields: Pick<User, 'email' | 'displayName' | 'agencyId' | 'roles' | 'passwordHash'>): Promise<User> {
    const users = manager.getRepository(User);
    return users.save(users.create(fields));
  }

  /** The account, read FOR UPDATE so changes to one account are applied one after the other. */
  lockById(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
  }

  async update(manager: EntityManager, id: string, fields: Partial<Pick<User, 'displayName' | 'agencyId' | 'roles'>>): Promise<void> {
    await manager.getRepository(User).update({ id }, fields);
  }

  /** Disables (now) or re-enables the account. */
  async setDisabled(manager: EntityManager, id: string, disabled: boolean): Promise<void> {
    await manager.query(`UPDATE users SET disabled_at = CASE WHEN $2 THEN now() END, updated_at = now() WHERE id = $1`, [id, disabled]);
  }
}
