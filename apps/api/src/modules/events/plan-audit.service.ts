import { Injectable } from '@nestjs/common';
import { can, CHANGE_REASON_KEY, collectViolations, isUuid } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ACCESS_ACTIONS, AccessLogService, type AccessAction } from '../plans/access-log.service';
import { permissionPlan } from '../plans/plan-access.service';
import { PlanRepository } from '../plans/plan.repository';
import { eventHash } from '../plans/plan-log.writer';
import { planParts } from '../plans/plan-part.registry';
import { withSnapshotDefaults, type Plan } from '../plans/plan.entity';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { PlansService } from '../plans/plans.service';
import { accessPageOf, accessPageViolations } from './access-page';
import { PlanExportKind, type AccessRecord, type AccessRecordPage, type LogVerification, type PlanChange } from './dto/audit.types';
import type { PlanEvent } from './plan-event.entity';
import { PlanEventRepository } from './plan-event.repository';
import { withheldFrom } from './plan-event-visibility';

/** The parts of a plan whose changes are content (approvals and status are not): the plan's fields and every plan part. */
const contentTypes = () => new Set(['PLAN', ...planParts().map((part) => part.entityType)]);
/** Bookkeeping, not content: never shown as a change. */
const IGNORED_FIELDS = new Set(['id', 'planId', 'version', 'createdAt', 'updatedAt', 'createdById', 'reviewedById', 'reviewedAt', 'revision', 'lastSeq', 'leadAgencyId', 'actualStartsAt', 'actualEndsAt']);
/** A plan's status, cancel reason and an activation's signature are its lifecycle, not its content (a checklist item's status is content). */
const IGNORED_PLAN_FIELDS = new Set(['status', 'cancelReason', 'signature']);
const LABEL_FIELDS = ['title', 'name', 'text', 'kind'];

export interface AccessPageArgs {
  userId?: string | null;
  action?: string | null;
  before?: string | null;
  first: number;
}

/** One entity's history folded over the diff's range. */
interface FoldedEntity {
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
  touched: boolean;
  /** Why a required item was changed, for each change in the range that needed a reason. */
  reasons: string[];
  /** Why it was removed, when the removal needed a reason. */
  removalReason: string | null;
}

/** An event's entity snapshot (none for a removal) and the reason the change carried, if any. */
function splitReason(event: Pick<PlanEvent, 'type' | 'data'>): { snapshot: object | null; reason: string | null } {
  const data = event.data as Record<string, unknown> | null;
  const reason = typeof data?.[CHANGE_REASON_KEY] === 'string' ? (data[CHANGE_REASON_KEY] as string) : null;
  if (!data || event.type.endsWith('_REMOVED')) return { snapshot: null, reason };
  if (reason === null) return { snapshot: data, reason };
  const { [CHANGE_REASON_KEY]: _reason, ...snapshot } = data;
  return { snapshot, reason };
}

function render(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The access log's kind for each file the browser makes. */
const EXPORT_FILES: Readonly<Record<PlanExportKind, string>> = {
  [PlanExportKind.EVENT_LOG_CSV]: 'event-log.csv',
  [PlanExportKind.ACCESS_LOG_CSV]: 'access-log.csv',
};

/** The log as evidence: verify the hash chain, fold it into a diff, and show who accessed the plan. */
@Injectable()
export class PlanAuditService {
  constructor(
    private readonly log: PlanEventRepository,
    private readonly plans: PlansService,
    private readonly accessLog: AccessLogService,
    private readonly planRepository: PlanRepository,
  ) {}

  /**
   * Recomputes every hash from the rows as stored; the first mismatch names the broken seq. The
   * plan's head (last seq and hash) and the events are read in one REPEATABLE READ snapshot, so
   * edits committed meanwhile are neither half seen nor mistaken for tampering.
   */
  async verify(user: AuthenticatedUser, planId: string): Promise<LogVerification> {
    const plan = await this.visible(user, planId);
    return this.log.inSnapshot(async (manager) => {
      const head = await this.log.logHead(manager, plan.id);
      let prevHash = '0'.repeat(64);
      let checked = 0;
      for (let afterSeq = 0; ; ) {
        const page = await this.log.after(plan.id, afterSeq, 1000, manager);
        for (const event of page) {
          const intact = event.seq === checked + 1 && event.prevHash === prevHash && eventHash(prevHash, event) === event.hash;
          if (!intact) return { ok: false, checked: checked + 1, firstBrokenSeq: event.seq };
          prevHash = event.hash;
          checked++;
        }
        if (page.length < 1000) break;
        afterSeq = page[page.length - 1].seq;
      }
      if (checked !== head.lastSeq || prevHash !== head.lastHash) return { ok: false, checked, firstBrokenSeq: checked + 1 };
      return { ok: true, checked, firstBrokenSeq: null };
    });
  }

  /** Field-level changes between two revisions, folded: an entity changed twice shows once, first before to last after. */
  async diff(user: AuthenticatedUser, planId: string, fromRevision: number, toRevision: number | null | undefined): Promise<PlanChange[]> {
    const plan = await this.visible(user, planId);
    const to = toRevision ?? plan.revision;
    if (fromRevision < 0 || fromRevision > plan.revision) throw ValidationException.of('fromRevision', `fromRevision must be between 0 and ${plan.revision}.`);
    if (to < fromRevision || to > plan.revision) throw ValidationException.of('toRevision', `toRevision must be between ${fromRevision} and ${plan.revision}.`);

    const events = await this.log.upToRevision(plan.id, to);

    const states = new Map<string, FoldedEntity>();
    const content = contentTypes();
    for (const event of events) {
      if (!content.has(event.entityType) || withheldFrom(user, event)) continue;
      const key = `${event.entityType}:${event.entityId}`;
      const state = states.get(key) ?? { entityType: event.entityType, entityId: event.entityId, before: null, after: null, touched: false, reasons: [], removalReason: null };
      const { snapshot: logged, reason } = splitReason(event);
      const snapshot = logged && event.entityType === 'PLAN' ? withSnapshotDefaults(logged) : logged;
      const removed = event.type.endsWith('_REMOVED');
      if (event.revision <= fromRevision) state.before = snapshot;
      else {
        state.touched = true;
        if (removed) state.removalReason = reason;
        else if (reason) state.reasons.push(reason);
      }
      if (!removed) state.removalReason = null;
      state.after = snapshot;
      states.set(key, state);
    }

    const changes: PlanChange[] = [];
    for (const { entityType, entityId, before, after, touched, reasons, removalReason } of states.values()) {
      if (!touched) continue;
      const base = { planId: plan.id, entityType, entityId };
      if (!before && after) changes.push({ ...base, kind: 'ADDED', field: null, before: null, after: this.label(after) });
      else if (before && !after) {
        // A removal that needed a reason carries it on the same line: field "reason", after = the reason.
        changes.push({ ...base, kind: 'REMOVED', field: removalReason ? 'reason' : null, before: this.label(before), after: removalReason });
      } else if (before && after) {
        const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
        for (const field of fields) {
          if (IGNORED_FIELDS.has(field) || (entityType === 'PLAN' && IGNORED_PLAN_FIELDS.has(field))) continue;
          const was = render((before as Record<string, unknown>)[field]);
          const now = render((after as Record<string, unknown>)[field]);
          if (was !== now) changes.push({ ...base, kind: 'UPDATED', field, before: was, after: now });
        }
        for (const reason of reasons) changes.push({ ...base, kind: 'UPDATED', field: 'reason', before: null, after: reason });
      }
    }
    return changes;
  }

  /** OVERSIGHT, or an agency lead of the lead agency. Newest first. */
  async accessRecords(user: AuthenticatedUser, planId: string, first: number): Promise<AccessRecord[]> {
    const plan = await this.accessLogReader(user, planId);
    ValidationException.throwIfAny(collectViolations(...accessPageViolations({ first })));
    return this.accessLog.page({ planId: plan.id, first });
  }

  /** accessLogPage: the same readers, newest first, older pages through `before`, filtered by user and action. */
  async accessRecordPage(user: AuthenticatedUser, planId: string, args: AccessPageArgs): Promise<AccessRecordPage> {
    const plan = await this.accessLogReader(user, planId);
    ValidationException.throwIfAny(
      collectViolations(
        ...accessPageViolations(args),
        args.userId != null && !isUuid(args.userId) ? { field: 'userId', message: 'No user has this id.' } : null,
        args.action != null && !ACCESS_ACTIONS.includes(args.action as AccessAction) ? { field: 'action', message: `action is one of ${ACCESS_ACTIONS.join(', ')}.` } : null,
      ),
    );
    const rows = await this.accessLog.page({
      planId: plan.id,
      userId: args.userId,
      action: args.action as AccessAction | null | undefined,
      before: args.before,
      first: args.first + 1,
    });
    return accessPageOf(rows, args.first);
  }

  /**
   * A file the browser made of the plan's records it had read (their reads were recorded as they
   * happened): recorded as an EXPORT before the file is handed out. The access log's CSV needs the
   * access log's readers; the event log's, anyone who may read the plan.
   */
  async recordExport(user: AuthenticatedUser, planId: string, kind: PlanExportKind): Promise<boolean> {
    const plan = kind === PlanExportKind.ACCESS_LOG_CSV ? await this.accessLogReader(user, planId) : await this.visible(user, planId);
    this.accessLog.record(plan.id, user.id, 'EXPORT', { kind: EXPORT_FILES[kind] });
    return true;
  }

  /** The access log is for OVERSIGHT and the lead agency's AGENCY_LEAD; other members are refused (and that refusal is logged). */
  private async accessLogReader(user: AuthenticatedUser, planId: string): Promise<Plan> {
    const plan = await this.visible(user, planId);
    const agencyIds = await this.planRepository.agencyIds(plan.id);
    if (!can(user, 'accessLog.read', permissionPlan(plan, agencyIds))) {
      this.accessLog.record(plan.id, user.id, 'DENIED', { kind: 'accessLog' });
      throw new PlanException(PlanExceptionCode.PLAN_FORBIDDEN, "The access log is for oversight and the lead agency's agency lead.");
    }
    return plan;
  }

  private label(snapshot: object): string | null {
    const record = snapshot as Record<string, unknown>;
    const field = LABEL_FIELDS.find((name) => typeof record[name] === 'string');
    return field ? (record[field] as string) : null;
  }

  /** Same rule and same access-log record as plan(id): a refused read of an existing plan is DENIED. The read itself is recorded where its content is resolved. */
  private async visible(user: AuthenticatedUser, planId: string): Promise<Plan> {
    const plan = await this.plans.read(user, planId);
    if (!plan) throw PlanException.notFound();
    return plan;
  }
}
