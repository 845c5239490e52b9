import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AGREEMENT_MESSAGES, AgreementChangeKind, agreementPatchSchema, agreementReasonSchema, agreementSchema, isUuid, timeOf, violationsOf } from '@jointops/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { ConflictException, ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanReadinessAnnouncer } from '../plans/plan-readiness.announcer';
import { AgreementException } from './agreement.exception';
import type { Agreement } from './agreement.types';
import { AgreementsRepository, type AgreementFields, type NewChange } from './agreements.repository';
import type { AgreementInput, AgreementPatch } from './dto/agreement.input';

type Editable = keyof AgreementFields;
const EDITABLE: readonly Editable[] = ['title', 'scope', 'dataSharingTerms', 'reportingRequirements', 'expiresOn'];

/** How a field's value reads in the history: dates as ISO instants, a scope as its types in order. */
function shown(value: unknown): string | null {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * Agreements between agencies (docs/architecture.md#agreements): ADMIN creates, updates and
 * terminates them (the resolver's @RequireRoles); every change is a row of the agreement's history,
 * and each one announces READINESS_CHANGED on the plans of its parties in the same transaction.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly repository: AgreementsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly announcer: PlanReadinessAnnouncer,
    private readonly clock: Clock,
  ) {}

  async create(user: AuthenticatedUser, input: AgreementInput): Promise<Agreement> {
    assertValid(agreementSchema, input, 'input');
    const agencyIds = [...new Set(input.agencyIds)];
    const existing = await this.repository.existingAgencies(agencyIds.filter(isUuid));
    if (agencyIds.some((id) => !existing.has(id))) throw ValidationException.of('input.agencyIds', AGREEMENT_MESSAGES.unknownParty);
    const id = (await this.changing(user, agencyIds, async (manager, at) => {
      const created = await this.repository.insert(
        manager,
        {
          title: input.title.trim(),
          kind: input.kind,
          scope: [...new Set(input.scope)],
          dataSharingTerms: input.dataSharingTerms.trim(),
          reportingRequirements: input.reportingRequirements.trim(),
          effectiveFrom: input.effectiveFrom,
          expiresOn: input.expiresOn ?? null,
          createdById: user.id,
        },
        agencyIds,
      );
      await this.repository.appendChanges(manager, created, at, user.id, [{ kind: AgreementChangeKind.CREATED, after: input.title.trim() }]);
      return created;
    })) as string;
    return (await this.repository.findById(id)) as Agreement;
  }

  /** One history row per field that changes, each with the reason. A terminated agreement no longer changes. */
  async update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: AgreementPatch, reason: string): Promise<Agreement> {
    ValidationException.throwIfAny([...violationsOf(agreementPatchSchema, patch, 'patch'), ...violationsOf(agreementReasonSchema, { reason })]);
    const current = await this.find(id);
    const changes: NewChange[] = [];
    const fields: AgreementFields = {};
    for (const key of EDITABLE) {
      const given = patch[key];
      if (given == null) continue;
      const value = typeof given === 'string' ? given.trim() : key === 'scope' ? [...new Set(given as string[])] : given;
      if (shown(value) === shown(current[key])) continue;
      (fields as Record<string, unknown>)[key] = value;
      changes.push({ kind: AgreementChangeKind.UPDATED, field: key, before: shown(current[key]), after: shown(value), reason: reason.trim() });
    }
    return this.versioned(user, current, expectedVersion, async (manager, locked) => {
      const expiresOn = fields.expiresOn === undefined ? undefined : timeOf(fields.expiresOn);
      if (expiresOn != null && expiresOn < locked.effectiveFrom.getTime()) throw ValidationException.of('patch.expiresOn', AGREEMENT_MESSAGES.expiry);
      if (changes.length === 0) return false;
      if (!(await this.repository.update(manager, id, expectedVersion, fields))) throw this.conflict(locked);
      return changes;
    });
  }

  /** Final: ends the agreement now, with the reason; a second termination is refused. */
  async terminate(user: AuthenticatedUser, id: string, expectedVersion: number, reason: string): Promise<Agreement> {
    assertValid(agreementReasonSchema, { reason });
    const current = await this.find(id);
    return this.versioned(user, current, expectedVersion, async (manager, locked, at) => {
      if (!(await this.repository.terminate(manager, id, expectedVersion, at, reason.trim()))) throw this.conflict(locked);
      return [{ kind: AgreementChangeKind.TERMINATED, field: 'terminatedAt', after: at.toISOString(), reason: reason.trim() }];
    });
  }

  private async find(id: string): Promise<Agreement> {
    const agreement = isUuid(id) ? await this.repository.findById(id) : null;
    if (!agreement) throw AgreementException.notFound();
    return agreement;
  }

  /**
   * Under the agreement's row lock: refuses a terminated agreement (INVALID_STATE) and a stale
   * version (CONFLICT), then runs `work`, which answers the history rows to append (false: nothing changed).
   */
  private async versioned(
    user: AuthenticatedUser,
    current: Agreement,
    expectedVersion: number,
    work: (manager: EntityManager, locked: Agreement, at: Date) => Promise<NewChange[] | false>,
  ): Promise<Agreement> {
    await this.changing(user, current.agencyIds, async (manager, at) => {
      const locked = await this.repository.lock(manager, current.id);
      if (!locked) throw AgreementException.notFound();
      if (locked.terminatedAt) throw AgreementException.terminated();
      if (locked.version !== expectedVersion) throw this.conflict(locked);
      const changes = await work(manager, locked, at);
      if (changes === false) return null;
      await this.repository.appendChanges(manager, locked.id, at, user.id, changes);
      return locked.id;
    });
    return (await this.repository.findById(current.id)) as Agreement;
  }

  /**
   * One transaction for a change of agreements. `work` writes and answers the agreement's id (null:
   * nothing changed); then the plans of the parties get READINESS_CHANGED in the same transaction,
   * and their subscribers are woken after the commit.
   */
  private async changing(user: AuthenticatedUser, agencyIds: readonly string[], work: (manager: EntityManager, at: Date) => Promise<string | null>): Promise<string | null> {
    let publish: () => void = () => undefined;
    const id = await this.dataSource.transaction(async (manager) => {
      const changed = await work(manager, this.clock.now());
      if (changed) publish = await this.announcer.announce(manager, { agencyIds }, user.id, { kind: 'AGREEMENT', id: changed });
      return changed;
    });
    publish();
    return id;
  }

  private conflict(current: Agreement): ConflictException {
    return new ConflictException('Someone changed this agreement first.', current.version, current);
  }
}
