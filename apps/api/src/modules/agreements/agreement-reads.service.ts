import { Injectable } from '@nestjs/common';
import { can, collectViolations, isUuid } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { accessPageOf, accessPageViolations } from '../events/access-page';
import type { AccessRecordPage } from '../events/dto/audit.types';
import { PlanAccessService } from '../plans/plan-access.service';
import { AgreementException } from './agreement.exception';
import type { Agreement } from './agreement.types';
import { AgreementsRepository } from './agreements.repository';

/**
 * Who reads agreements (DESIGN.md section 8): ADMIN and OVERSIGHT every one; members of a party
 * agency theirs; members of a plan an agreement covers that one (through Plan.agreements, and then
 * by id, for its page and its document).
 */
@Injectable()
export class AgreementReadsService {
  constructor(
    private readonly repository: AgreementsRepository,
    private readonly access: PlanAccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * ADMIN and OVERSIGHT: every agreement. Anyone else: those their agency is party to; an `agencyId`
   * narrows that (another agency's id: the agreements between the two), as other lists filter within what one sees.
   */
  list(user: AuthenticatedUser, agencyId: string | null | undefined, activeOn: Date | null | undefined): Promise<Agreement[]> {
    if (agencyId != null && !isUuid(agencyId)) return Promise.resolve([]);
    if (can(user, 'agreement.readAll')) return this.repository.list({ agencyId, activeOn });
    if (!user.agencyId || !can(user, 'agreement.readAgency', null, { agencyId: user.agencyId })) return Promise.resolve([]);
    return this.repository.list({ partyOf: user.agencyId, agencyId, activeOn });
  }

  /** Null when it does not exist or the caller may not read it: existence is never disclosed (like plan(id)). */
  async read(user: AuthenticatedUser, id: string): Promise<Agreement | null> {
    const agreement = isUuid(id) ? await this.repository.findById(id) : null;
    return agreement && (await this.mayRead(user, agreement)) ? agreement : null;
  }

  async mayRead(user: AuthenticatedUser, agreement: Agreement): Promise<boolean> {
    if (can(user, 'agreement.readAll')) return true;
    if (agreement.agencyIds.some((agencyId) => can(user, 'agreement.readAgency', null, { agencyId }))) return true;
    return this.repository.coversVisiblePlan(agreement.id, this.access.visibleCondition(user, 'p', '$3'), user.agencyId, this.clock.now());
  }

  /**
   * Who downloaded the agreement's signed document, and who was refused, newest first: for
   * OVERSIGHT and the AGENCY_LEAD of a party agency. An agreement the caller may not read is
   * NOT_FOUND (existence is never disclosed); one they may read but whose log is not theirs is
   * FORBIDDEN, and that refusal is itself recorded. Bad arguments: BAD_USER_INPUT naming each.
   */
  async accessLogPage(user: AuthenticatedUser, id: string, args: { before: string | null; first: number }): Promise<AccessRecordPage> {
    const agreement = await this.read(user, id);
    if (!agreement) throw AgreementException.notFound();
    if (!agreement.agencyIds.some((agencyId) => can(user, 'agreement.readAccessLog', null, { agencyId }))) {
      await this.repository.recordAccess(agreement.id, user.id, 'DENIED', 'accessLog');
      throw AgreementException.accessLogForbidden();
    }
    ValidationException.throwIfAny(collectViolations(...accessPageViolations(args)));
    const rows = await this.repository.accessPage(agreement.id, args.before, args.first + 1);
    // Refusals of an agreement are not folded: each record counts once.
    return accessPageOf(rows.map((row) => ({ ...row, count: 1 })), args.first);
  }

  /** Per plan, the agreements that cover it: its lead agency and another participating agency are parties, in force at some moment of its window (none: now). */
  coveringPlans(planIds: readonly string[]): Promise<Map<string, Agreement[]>> {
    return this.repository.coveringPlans(planIds, this.clock.now());
  }
}
