import { Injectable } from '@nestjs/common';
import {
  ACTION_STATUS_LABELS,
  APPROVAL_STATUS_LABELS,
  CHECKLIST_CATEGORY_LABELS,
  CHECKLIST_STATUS_LABELS,
  closedOnTime,
  formatTaskForceDay,
  isActionOverdue,
  computeWarnings,
  enumLabel,
  formatCoordinates,
  formatSlip,
  INCIDENT_TYPE_LABELS,
  OUTCOME_LABELS,
  PHASE_LABELS,
  PLAN_STATUS_LABELS,
  PlanStatus,
  PRIORITY_LABELS,
  READINESS_CHECKED_WHILE,
  READINESS_PAST_REVIEW,
  requirementLabel,
  signatureFactorLabel,
  timeZoneLabel,
  type Blocker,
  type ReadinessWarning,
} from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import type { Approval } from '../approvals/approval.entity';
import type { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AccessLogService } from '../plans/access-log.service';
import { contentHashOf, PlanContentService } from '../plans/plan-content.service';
import { PlanReadinessService } from '../plans/plan-readiness.service';
import { AgreementReadsService } from '../agreements/agreement-reads.service';
import type { Plan } from '../plans/plan.entity';
import { PlansService } from '../plans/plans.service';
import type { User } from '../users/user.entity';
import { authoritiesSection, trainingStatement } from './authorities-section';
import { ExportRepository } from './export.repository';
import { calendarDate, document, inZone, renderPdf, table, type Content } from './pdf-renderer';
import { placeNames, placesSection, withPlace } from './places-section';

export interface ExportedPdf {
  filename: string;
  buffer: Buffer;
}

/**
 * PDFs of a plan (laid out like an operations order) and of its after-action report and improvement
 * plan. Every enumeration is printed with the labels of libs/domain, the words the screens show.
 */
/**
 * As the pages word it: "Done, closed 2026-10-20", with "(after its due date)" when it was closed
 * late; "Open, overdue" while its due day is over at `now` and it is not done; the status alone otherwise.
 */
function actionStatusText(action: Pick<CorrectiveAction, 'status' | 'dueDate' | 'closedAt'>, now: Date): string {
  const status = enumLabel(ACTION_STATUS_LABELS, action.status);
  if (isActionOverdue(action, now)) return `${status}, overdue`;
  if (!action.closedAt) return status;
  return `${status}, closed ${formatTaskForceDay(action.closedAt, 'isoDate')}${closedOnTime(action) ? '' : ' (after its due date)'}`;
}

@Injectable()
export class ExportService {
  constructor(
    private readonly rows: ExportRepository,
    private readonly plans: PlansService,
    private readonly content: PlanContentService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly readinessRules: PlanReadinessService,
    private readonly agreements: AgreementReadsService,
  ) {}

  /** Null when the plan does not exist or the caller may not see it (the route answers 404). */
  async planPdf(user: AuthenticatedUser, planId: string): Promise<ExportedPdf | null> {
    const plan = await this.plans.read(user, planId);
    if (!plan) return null;
    const [content] = await this.content.load([plan.id]);
    // The agreements that cover the plan (as Plan.agreements); their parties are named too.
    const agreements = (await this.agreements.coveringPlans([plan.id])).get(plan.id) ?? [];
    const names = await this.names([...new Set([...content.agencyIds, ...agreements.flatMap((a) => a.agencyIds)])], [
      ...content.roles.map((role) => role.assigneeId),
      ...content.checklist.map((item) => item.reviewedById),
      ...content.approvals.map((approval) => approval.decidedById),
      user.id,
    ]);
    const agency = (id: string | null) => (id ? (names.agencies.get(id)?.shortName ?? '—') : 'All agencies');
    const person = (id: string | null) => (id ? (names.users.get(id)?.displayName ?? '—') : '—');
    const objectiveTitle = new Map(content.objectives.map((objective, index) => [objective.id, `${index + 1}. ${objective.title}`]));
    const eventTitle = new Map(content.timeline.map((event) => [event.id, event.title]));
    const placeOf = placeNames(content.places);
    const [facts] = await this.readinessRules.factsOf([{ plan, content }]);
    const blockers = await this.readinessRules.blockers({ plan, content }, new Map([...names.agencies.values()].map((a) => [a.id, a.shortName])), undefined, facts);
    const at = (value: Date | null) => inZone(value, plan.timeZone);

    const body: Content[] = [
      table(
        ['Status', 'Revision', 'Content hash (SHA-256)', 'Lead agency'],
        [[PLAN_STATUS_LABELS[plan.status], plan.revision, contentHashOf(plan, content), agency(plan.leadAgencyId)]],
        ['auto', 'auto', '*', 'auto'],
      ),
      { text: `Participating agencies: ${content.agencyIds.map((id) => names.agencies.get(id)?.name ?? id).join('; ')}`, margin: [0, 0, 0, 4] },
      { text: `Window: ${at(plan.startsAt)} to ${at(plan.endsAt)}`, margin: [0, 0, 0, 4] },
      this.zoneNote(plan),

      { text: '1. Situation and mission', style: 'h2' },
      { text: plan.summary || 'No summary.' },

      ...this.readiness(plan.status, blockers, computeWarnings(content)),

      ...authoritiesSection(plan, content.agencyIds, agreements, { shortName: (id) => agency(id) }),

      { text: '2. Objectives', style: 'h2' },
      ...content.objectives.flatMap((objective, index) => [
        { text: `${index + 1}. ${objective.title} (${enumLabel(PRIORITY_LABELS, objective.priority)} priority)`, style: 'h3' },
        ...(objective.description ? [{ text: objective.description }] : []),
        { text: [{ text: 'Success criteria: ', bold: true }, objective.successCriteria || 'not stated'] },
      ]),
      ...(content.objectives.length ? [] : [{ text: 'None.', italics: true }]),

      { text: '3. Roles by agency', style: 'h2' },
      table(
        ['Agency', 'Role', 'Assignee', 'Responsibilities', 'Objectives', 'Training'],
        content.roles
          .slice()
          .sort((a, b) => agency(a.agencyId).localeCompare(agency(b.agencyId)))
          .map((role) => [agency(role.agencyId), withPlace(role.title, placeOf(role.placeId)), person(role.assigneeId), role.responsibilities, role.objectiveIds.map((id) => objectiveTitle.get(id) ?? '').join('\n'), trainingStatement(role.assigneeId, plan, facts)]),
        ['auto', 'auto', 'auto', '*', 'auto', '*'],
      ),

      { text: '4. Timeline', style: 'h2' },
      table(
        ['Phase', 'Event', 'Agency', 'Start', 'End', 'Depends on'],
        content.timeline.map((event) => [enumLabel(PHASE_LABELS, event.phase), withPlace(event.title, placeOf(event.placeId)), agency(event.agencyId), at(event.startsAt), at(event.endsAt), event.dependsOnIds.map((id) => eventTitle.get(id) ?? '').join('\n')]),
        ['auto', '*', 'auto', 'auto', 'auto', 'auto'],
      ),

      { text: '5. Resources', style: 'h2' },
      table(
        ['Agency', 'Kind', 'Quantity', 'Notes'],
        content.resources.map((resource) => [agency(resource.agencyId), resource.kind, resource.quantity, resource.notes]),
        ['auto', 'auto', 'auto', '*'],
      ),

      { text: '6. Communications', style: 'h2' },
      table(['Name', 'Details', 'Purpose', 'Agency'], content.comms.map((channel) => [channel.name, channel.details, channel.purpose, agency(channel.agencyId)]), ['auto', '*', '*', 'auto']),

      { text: '7. Legal and policy checklist', style: 'h2' },
      table(
        ['Category', 'Item', 'Requirement', 'Status', 'Evidence or justification', 'Citation', 'Reviewed'],
        content.checklist.map((item) => [
          enumLabel(CHECKLIST_CATEGORY_LABELS, item.category),
          item.text,
          requirementLabel(item.required),
          enumLabel(CHECKLIST_STATUS_LABELS, item.status),
          item.note || '—',
          item.citation || '—',
          item.reviewedById ? `${person(item.reviewedById)}, ${at(item.reviewedAt)}` : '—',
        ]),
        ['auto', '*', 'auto', 'auto', '*', 'auto', 'auto'],
      ),

      { text: '8. Approvals', style: 'h2' },
      table(
        ['Agency', 'Status', 'Signature', 'Comment'],
        content.approvals.map((approval) => [
          agency(approval.agencyId),
          enumLabel(APPROVAL_STATUS_LABELS, approval.status),
          approval.decidedAt ? this.signature(approval, person(approval.decidedById), agency(approval.agencyId), at(approval.decidedAt)) : '—',
          approval.comment || '—',
        ]),
        ['auto', 'auto', '*', 'auto'],
      ),

      ...placesSection(content.places),
    ];
    this.accessLog.record(plan.id, user.id, 'EXPORT', { kind: 'plan.pdf' });
    const title = `Operations order: ${plan.title}`;
    const pdf = await renderPdf(
      document(title, `Revision ${plan.revision} · exported ${at(this.clock.now())}`, this.footer(user, names.users), body, plan.status === 'DRAFT' ? { watermark: 'DRAFT' } : {}),
    );
    return { filename: `${this.slug(plan)}-plan-r${plan.revision}.pdf`, buffer: pdf };
  }

  async afterActionPdf(user: AuthenticatedUser, planId: string): Promise<ExportedPdf | null> {
    const plan = await this.plans.read(user, planId);
    if (!plan) return null;
    const [[content], [operation]] = await Promise.all([this.content.load([plan.id]), this.content.loadOperation([plan.id])]);
    const report = operation.reports[0];
    const names = await this.names(content.agencyIds, [report?.finalizedById ?? null, user.id]);
    const agency = (id: string) => names.agencies.get(id)?.shortName ?? '—';
    const objectives = new Map(content.objectives.map((objective) => [objective.id, objective.title]));
    const events = new Map(content.timeline.map((event) => [event.id, event.title]));
    const aggregates = report?.aggregates;
    const at = (value: Date | null) => inZone(value, plan.timeZone);
    const now = this.clock.now();

    const body: Content[] = report
      ? [
          {
            text: report.finalizedAt ? `Final, ${at(report.finalizedAt)} by ${names.users.get(report.finalizedById ?? '')?.displayName ?? '—'}` : 'Draft: not finalized.',
            style: 'small',
          },
          { text: `Submitted debriefs: ${aggregates!.debriefCount}`, style: 'small' },
          this.zoneNote(plan),
          { text: 'Summary', style: 'h2' },
          { text: report.summary || 'No summary yet.' },
          { text: 'Objective outcomes', style: 'h2' },
          table(
            ['Objective', OUTCOME_LABELS.MET, OUTCOME_LABELS.PARTIALLY_MET, OUTCOME_LABELS.NOT_MET, OUTCOME_LABELS.NOT_ATTEMPTED],
            aggregates!.objectiveResults.map((result) => [objectives.get(result.objectiveId) ?? '—', result.met, result.partiallyMet, result.notMet, result.notAttempted]),
            ['*', 'auto', 'auto', 'auto', 'auto'],
          ),
          { text: 'Planned and actual timeline', style: 'h2' },
          table(
            ['Event', 'Start slip', 'End slip'],
            aggregates!.timelineDeviations.map((deviation) => [
              events.get(deviation.eventId) ?? '—',
              deviation.startSlipMinutes == null ? 'not recorded' : formatSlip(deviation.startSlipMinutes),
              deviation.endSlipMinutes == null ? 'not recorded' : formatSlip(deviation.endSlipMinutes),
            ]),
            ['*', 'auto', 'auto'],
          ),
          { text: 'Incidents', style: 'h2' },
          table(
            ['Type', 'When', 'Where (lat, lon)', 'Description', 'Reported to'],
            aggregates!.incidents.map((incident) => [
              enumLabel(INCIDENT_TYPE_LABELS, incident.type),
              at(incident.occurredAt),
              incident.location ? formatCoordinates(incident.location) : '—',
              incident.description,
              incident.reportedTo || '—',
            ]),
            ['auto', 'auto', 'auto', '*', 'auto'],
          ),
          { text: 'Strengths', style: 'h2' },
          aggregates!.strengths.length ? { ul: aggregates!.strengths } : { text: 'None.', italics: true },
          { text: 'Improvements', style: 'h2' },
          aggregates!.improvements.length ? { ul: aggregates!.improvements } : { text: 'None.', italics: true },
          { text: 'Corrective actions', style: 'h2' },
          table(
            ['Corrective action', 'Owner agency', 'Due', 'Status', 'Notes'],
            operation.correctiveActions.map((action) => [action.title, agency(action.ownerAgencyId), calendarDate(action.dueDate), actionStatusText(action, now), action.notes || '—']),
            ['*', 'auto', 'auto', 'auto', '*'],
          ),
        ]
      : [{ text: 'No after-action report has been drafted for this plan yet.', italics: true }];
    this.accessLog.record(plan.id, user.id, 'EXPORT', { kind: 'after-action.pdf' });
    const title = `After-action report: ${plan.title}`;
    const draft = report && !report.finalizedAt;
    const pdf = await renderPdf(document(title, `${PLAN_STATUS_LABELS[plan.status]} · exported ${at(now)}`, this.footer(user, names.users), body, draft ? { watermark: 'DRAFT' } : {}));
    return { filename: `${this.slug(plan)}-after-action.pdf`, buffer: pdf };
  }

  private async names(agencyIds: string[], userIds: Array<string | null>) {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    const [agencies, users] = await Promise.all([
      this.rows.agencies(agencyIds),
      ids.length ? this.rows.users(ids) : Promise.resolve([]),
    ]);
    return { agencies: new Map(agencies.map((a) => [a.id, a])), users: new Map(users.map((u) => [u.id, u])) };
  }

  /**
   * An approval's signature, as the review page shows it: who signed for which agency and when,
   * what it meant, with a second factor or not (libs/domain's words), and the full content hash.
   */
  private signature(approval: Approval, signer: string, agencyShortName: string, when: string): string {
    const factor = signatureFactorLabel(approval.secondFactor);
    return [
      `Signed by ${signer} (${agencyShortName}), ${when}${factor ? `, ${factor}` : ''}`,
      approval.meaning ?? `Revision ${approval.revision ?? '—'}`,
      `Content hash: ${approval.contentHash ?? '—'}`,
    ].join('\n');
  }

  /** Which zone the times are in, said once near the top. */
  private zoneNote(plan: Plan): Content {
    return { text: `All times are in the plan's time zone: ${timeZoneLabel(plan.timeZone)}.`, style: 'small', margin: [0, 0, 0, 4] };
  }

  /**
   * What still blocks review, one row each, after the situation and mission (it was one dense
   * paragraph at the top); then what to check that does not block (Readiness.warnings), as the
   * readiness panel shows it.
   */
  private readiness(status: PlanStatus, blockers: Blocker[], warnings: ReadinessWarning[]): Content[] {
    // Past review, readiness gates nothing: say where the plan stands, as the readiness panel does.
    const pastReview = READINESS_CHECKED_WHILE.includes(status) ? null : READINESS_PAST_REVIEW[status];
    if (pastReview) return [{ text: 'Readiness', style: 'h2' }, { text: pastReview }];
    const checks: Content[] = warnings.length
      ? [
          { text: `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} to check (not blocking):`, margin: [0, 6, 0, 4] },
          table(['#', 'Warning'], warnings.map((warning, index) => [index + 1, warning.message]), ['auto', '*']),
        ]
      : [];
    const step = status === PlanStatus.IN_REVIEW ? 'approval' : 'review';
    if (blockers.length === 0) return [{ text: 'Readiness', style: 'h2' }, { text: `No blockers: the plan is ready for ${step}.` }, ...checks];
    return [
      { text: 'Readiness', style: 'h2' },
      { text: `${blockers.length} ${blockers.length === 1 ? 'blocker stops' : 'blockers stop'} this plan from going to ${step}:`, margin: [0, 0, 0, 4] },
      table(['#', 'Blocker'], blockers.map((blocker, index) => [index + 1, blocker.message]), ['auto', '*']),
      ...checks,
    ];
  }

  private footer(user: AuthenticatedUser, users: Map<string, User>): string {
    return `Exported from JointOps by ${users.get(user.id)?.displayName ?? user.email}. Operational content; handle per your agency's policy.`;
  }

  private slug(plan: Plan): string {
    return plan.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'plan';
  }
}
