import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canMoveComplaint, COMPLAINT_HANDLING_MESSAGES, complaintPatchSchema, ComplaintStatus, isUuid, missingOutcomeMessage, type FieldViolation } from '@jointops/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { ConflictException, ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { RequestMeta } from '../../core/graphql/gql-context';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Complaint } from './complaint.entity';
import { ComplaintException } from './complaint.exception';
import { ComplaintsRepository, type ComplaintFields, type FieldChanges } from './complaints.repository';
import type { ComplaintPatch } from './dto/complaint.input';

type Handled = 'status' | 'planId' | 'agencyId' | 'outcome';
const HANDLED: readonly Handled[] = ['status', 'planId', 'agencyId', 'outcome'];

/**
 * Oversight handles complaints (DESIGN.md section 8: read and handle complaints, OVERSIGHT only;
 * the resolver's @RequireRoles refuses everyone else). Every read of their text is recorded in
 * complaint_access_log; every change is a row of complaint_history (who, when, each field from
 * and to) in the change's transaction; a stale expectedVersion is a CONFLICT.
 */
@Injectable()
export class ComplaintHandlingService {
  constructor(
    private readonly repository: ComplaintsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthenticatedUser, status: ComplaintStatus | null | undefined, planId: string | null | undefined, meta: RequestMeta): Promise<Complaint[]> {
    if (planId != null && !isUuid(planId)) return [];
    const complaints = await this.repository.list({ status, planId });
    await this.repository.recordReads(complaints.map((complaint) => complaint.id), user.id, meta.requestId || null);
    return complaints;
  }

  /** Null when there is no such complaint. */
  async read(user: AuthenticatedUser, id: string, meta: RequestMeta): Promise<Complaint | null> {
    const complaint = isUuid(id) ? await this.repository.findById(id) : null;
    if (complaint) await this.repository.recordReads([complaint.id], user.id, meta.requestId || null);
    return complaint;
  }

  /**
   * Links, moves (canMoveComplaint; otherwise INVALID_STATE) and closes (an outcome required) a
   * complaint. Input is checked before anything is written; a patch that changes nothing writes nothing.
   */
  async update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ComplaintPatch): Promise<Complaint> {
    assertValid(complaintPatchSchema, patch, 'patch');
    const wanted = await this.wanted(patch);
    if (!isUuid(id)) throw ComplaintException.notFound();
    await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lock(manager, id);
      if (!current) throw ComplaintException.notFound();
      if (current.version !== expectedVersion) throw new ConflictException('Someone changed this complaint first.', current.version, current);
      const next = { ...pick(current), ...wanted };
      if (!canMoveComplaint(current.status, next.status)) throw ComplaintException.move(COMPLAINT_HANDLING_MESSAGES.move(current.status, next.status), current.status);
      if (next.status === ComplaintStatus.CLOSED && !next.outcome) {
        throw ValidationException.of('patch.outcome', missingOutcomeMessage(current.status));
      }
      const fields: ComplaintFields = {};
      const changes: FieldChanges = {};
      for (const key of HANDLED) {
        if (next[key] === current[key]) continue;
        (fields as Record<Handled, unknown>)[key] = next[key];
        changes[key] = { from: current[key], to: next[key] };
      }
      if (Object.keys(changes).length === 0) return;
      const at = this.clock.now();
      if (!(await this.repository.update(manager, id, expectedVersion, fields, at))) throw new ConflictException('Someone changed this complaint first.', current.version, current);
      await this.repository.appendHistory(manager, id, at, user.id, changes);
    });
    const complaint = await this.repository.findById(id);
    if (!complaint) throw ComplaintException.notFound();
    return complaint;
  }

  /** The patch as the values it asks for: "" unlinks or clears, an unknown operation or agency is refused (naming the field). */
  private async wanted(patch: ComplaintPatch): Promise<Partial<Pick<Complaint, Handled>>> {
    const wanted: Partial<Pick<Complaint, Handled>> = {};
    if (patch.status != null) wanted.status = patch.status;
    if (patch.outcome != null) wanted.outcome = patch.outcome.trim() || null;
    const violations: FieldViolation[] = [];
    if (patch.planId != null) {
      const planId = patch.planId.trim() || null;
      if (planId && !(isUuid(planId) && (await this.repository.planExists(planId)))) violations.push({ field: 'patch.planId', message: COMPLAINT_HANDLING_MESSAGES.unknownPlan });
      wanted.planId = planId;
    }
    if (patch.agencyId != null) {
      const agencyId = patch.agencyId.trim() || null;
      if (agencyId && !(isUuid(agencyId) && (await this.repository.agencyExists(agencyId)))) violations.push({ field: 'patch.agencyId', message: COMPLAINT_HANDLING_MESSAGES.unknownAgency });
      wanted.agencyId = agencyId;
    }
    ValidationException.throwIfAny(violations);
    return wanted;
  }
}

function pick(complaint: Complaint): Pick<Complaint, Handled> {
  return { status: complaint.status, planId: complaint.planId, agencyId: complaint.agencyId, outcome: complaint.outcome };
}
