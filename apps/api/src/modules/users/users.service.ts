import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkEmail, checkPassword, checkRequiredText, collectViolations, LIMITS, ROLES, Role } from '@jointops/domain';
import { Repository } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import { AgenciesService } from '../agencies/agencies.service';
import { PasswordService } from '../auth/password.service';
import { SecurityLogService } from '../auth/security-log.service';
import { CreateUserInput } from './dto/create-user.input';
import { User } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  password: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly agencies: AgenciesService,
    private readonly passwords: PasswordService,
    private readonly securityLog: SecurityLogService,
  ) {}

  list(agencyId?: string | null): Promise<User[]> {
    return this.users.find({ where: agencyId ? { agencyId } : {}, order: { displayName: 'ASC' } });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  async create(input: CreateUserInput, actorId: string | null): Promise<User> {
    const user = await this.insert(
      { ...input, email: input.email?.trim(), displayName: input.displayName?.trim() },
      { fieldPrefix: 'input.' },
    );
    await this.securityLog.record({
      type: 'USER_CREATED',
      userId: actorId,
      email: user.email,
      detail: { createdUserId: user.id, agencyId: user.agencyId, roles: user.roles },
    });
    return user;
  }

  /** Validates and inserts; shared by createUser, the admin bootstrap and the demo seed. */
  async insert(input: NewUser, { fieldPrefix = '' } = {}): Promise<User> {
    const field = (name: string) => `${fieldPrefix}${name}`;
    const roles = [...new Set(input.roles ?? [])];
    const violations = collectViolations(
      checkEmail(field('email'), input.email),
      checkRequiredText(field('displayName'), input.displayName, LIMITS.titleMax),
      checkPassword(field('password'), input.password),
      roles.length === 0 ? { field: field('roles'), message: 'Give the user at least one role.' } : null,
      roles.some((role) => !ROLES.includes(role)) ? { field: field('roles'), message: 'Unknown role.' } : null,
    );
    ValidationException.throwIfAny(violations);
    if (!(await this.agencies.exists(input.agencyId))) throw ValidationException.of(field('agencyId'), 'No agency has this id.');
    if (await this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: input.email }).getExists()) {
      throw ValidationException.of(field('email'), 'An account with this email already exists.');
    }
    const passwordHash = await this.passwords.hash(input.password);
    const saved = await this.users.save(
      this.users.create({ email: input.email.toLowerCase(), displayName: input.displayName, agencyId: input.agencyId, roles, passwordHash }),
    );
    return saved;
  }
}
