import { PLAN_PARTS, type PlanContentTypename, type PlanPartTypename } from '@jointops/domain';

/**
 * Which GraphQL object types are plan content, and how to tell the plan from the object a field is
 * resolved on. Each of these types is instrumented once at startup (PlanReadRecorder: graphql-js
 * runs its isTypeOf on every object of the type it puts in a result), so a read of any of them by a
 * query or subscription lands in the access log whatever resolver returned it.
 *
 * The names are PLAN_CONTENT_TYPENAMES (libs/domain), which the web's access-log labels are checked
 * against; this map must name each of them.
 *
 * A new object type must be classified: listed here, listed in NOT_PLAN_CONTENT, or reachable only
 * through a type listed here (Readiness, Incident, ObjectiveOutcome, …). The access-log spec walks
 * the schema and fails on a type that is none of these.
 */
type Source = Record<string, unknown>;
export type PlanIdOf = (source: Source) => unknown;

const ownPlanId: PlanIdOf = (source) => source.planId;

const CONTENT_TYPES = {
  Plan: (plan) => plan.id,
  // Every plan part's items name their plan.
  ...(Object.fromEntries(PLAN_PARTS.map((part) => [part.typename, ownPlanId])) as Record<PlanPartTypename, PlanIdOf>),
  Approval: ownPlanId,
  PlanEvent: ownPlanId,
  PlanChange: ownPlanId,
  Presence: ownPlanId,
  ActivityEntry: ownPlanId,
  Debrief: ownPlanId,
  AfterActionReport: ownPlanId,
  CorrectiveAction: ownPlanId,
  LessonHit: ownPlanId,
  // My work's items carry the plan they are about.
  MyWorkDecision: (item) => (item.plan as Source | undefined)?.id,
  MyWorkDebrief: (item) => (item.plan as Source | undefined)?.id,
  MyWorkAction: (item) => (item.plan as Source | undefined)?.id,
  // A notification's sentence may quote the plan (a rejection's comment, an action's title).
  Notification: ownPlanId,
  // An operation's own figures on the effectiveness report.
  EffectivenessOperation: (item) => (item.plan as Source | undefined)?.id,
} satisfies Record<PlanContentTypename, PlanIdOf>;

export const PLAN_CONTENT_TYPES: Readonly<Record<string, PlanIdOf>> = CONTENT_TYPES;

/**
 * Object types that a query or subscription reaches without passing through plan content, and that
 * hold none: people, agencies, templates, aggregates, and the audit records about a plan (who read
 * it, whether its log verifies), which are not its content.
 */
export const NOT_PLAN_CONTENT: readonly string[] = [
  'Query',
  'MyWork',
  'Subscription',
  'User',
  'Agency',
  'PlanConnection',
  'PlanEdge',
  'PageInfo',
  'ChecklistTemplate',
  'ChecklistTemplateItem',
  'LogVerification',
  'AccessRecord',
  'AccessRecordPage',
  'TransparencyReport',
  'StatusCount',
  'IncidentCount',
  // Figures over the operations of a period; the plans behind them are Plan (logged as such).
  'EffectivenessReport',
  // The caller's own passkeys (name and dates).
  'Passkey',
  // Which ways of signing in the deployment offers (anonymous, no plan data).
  'SignInOptions',
  // Agreements between agencies and their history (read through agreements, agreement and Plan.agreements).
  'Agreement',
  'AgreementChange',
  // Courses and people's training records (no plan content).
  'Course',
  'TrainingRecord',
  // Published figures (anonymous): suppressed counts and the names of agencies, no plan content.
  'PublicTransparencyReport',
  'PublicCount',
  'PublicCountBy',
  // Complaints (OVERSIGHT only, each read in complaint_access_log) and what the public sees of them.
  // A complaint's operation is a Plan, recorded as a plan read when it is selected.
  'Complaint',
  'ComplaintChange',
  'ComplaintFieldChange',
  'ComplaintReceipt',
  'ComplaintStatusView',
  // The caller's notifications (each Notification is recorded as a read of its plan) and preferences.
  'NotificationPage',
  'NotificationPreferences',
  // The deployment's map tile server and its credit (no plan data).
  'MapSettings',
];
