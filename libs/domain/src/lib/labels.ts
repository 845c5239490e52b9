import type { ComplaintCategory, ComplaintStatus } from './complaints';
import type { PublicLanguage } from './schemas/complaints';
import type { ActionStatus, ApprovalStatus, ChecklistCategory, ChecklistStatus, IncidentType, Outcome, Phase, Priority } from './plan-content';
import type { PlanStatus } from './plan-lifecycle';
import type { BlockerCode } from './readiness';
import type { AgencyLevel, Role } from './roles';

/**
 * The words for every enumeration a person reads, in one place, so the screens and the PDF exports
 * say the same thing. Colours and hints beside them are the web's own.
 */

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  PLANNER: 'Planner',
  AGENCY_LEAD: 'Agency lead',
  OFFICER: 'Officer',
  OVERSIGHT: 'Oversight',
};

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = { FEDERAL: 'Federal', STATE: 'State', LOCAL: 'Local', TRIBAL: 'Tribal' };

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  APPROVED: 'Approved',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

export const PRIORITY_LABELS: Record<Priority, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' };

export const CHECKLIST_CATEGORY_LABELS: Record<ChecklistCategory, string> = {
  LEGAL_AUTHORITY: 'Legal authority',
  AGREEMENTS: 'Agreements',
  SEARCH_AND_SEIZURE: 'Search and seizure',
  CIVIL_RIGHTS: 'Civil rights',
  DATA_PRIVACY: 'Data privacy',
  LANGUAGE_ACCESS: 'Language access',
  USE_OF_FORCE: 'Use of force',
  SAFETY_MEDICAL: 'Safety and medical',
  COMMUNITY_IMPACT: 'Community impact',
  OTHER: 'Other',
};

export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  OPEN: 'Open',
  SATISFIED: 'Satisfied',
  NOT_APPLICABLE: 'Not applicable',
};

/** Whether a checklist item must be resolved before review. */
export const requirementLabel = (required: boolean): string => (required ? 'Required' : 'Optional');

export const PHASE_LABELS: Record<Phase, string> = {
  PREPARATION: 'Preparation',
  BRIEFING: 'Briefing',
  EXECUTION: 'Execution',
  DEMOBILIZATION: 'Demobilization',
  DEBRIEF: 'Debrief',
};

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, string> = {
  PENDING: 'Pending',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  STALE: 'Stale',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  MET: 'Met',
  PARTIALLY_MET: 'Partially met',
  NOT_MET: 'Not met',
  NOT_ATTEMPTED: 'Not attempted',
};

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  USE_OF_FORCE: 'Use of force',
  INJURY: 'Injury',
  CIVIL_RIGHTS_COMPLAINT: 'Civil rights complaint',
  PROPERTY_DAMAGE: 'Property damage',
  DATA_HANDLING: 'Data handling',
  SAFETY: 'Safety',
  OTHER: 'Other',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done' };

/** What a complaint is about, in each public language: the form, oversight's pages (English) and the published figures (English). */
export const COMPLAINT_CATEGORY_WORDS: Readonly<Record<PublicLanguage, Record<ComplaintCategory, string>>> = {
  en: {
    RACIAL_PROFILING: 'Racial profiling',
    USE_OF_FORCE: 'Use of force',
    UNLAWFUL_SEARCH_OR_SEIZURE: 'Unlawful search or seizure',
    LANGUAGE_ACCESS: 'Language access (no interpreter or translation)',
    DISCOURTESY: 'Discourtesy or disrespect',
    PROPERTY: 'Property damaged, lost or taken',
    DATA_PRIVACY: 'Personal data or privacy',
    OTHER: 'Something else',
  },
  es: {
    RACIAL_PROFILING: 'Perfil racial',
    USE_OF_FORCE: 'Uso de la fuerza',
    UNLAWFUL_SEARCH_OR_SEIZURE: 'Registro o incautación ilegal',
    LANGUAGE_ACCESS: 'Acceso lingüístico (sin intérprete ni traducción)',
    DISCOURTESY: 'Falta de cortesía o de respeto',
    PROPERTY: 'Bienes dañados, perdidos o retenidos',
    DATA_PRIVACY: 'Datos personales o privacidad',
    OTHER: 'Otro asunto',
  },
};

export const COMPLAINT_STATUS_WORDS: Readonly<Record<PublicLanguage, Record<ComplaintStatus, string>>> = {
  en: { RECEIVED: 'Received', UNDER_REVIEW: 'Under review', REFERRED: 'Referred to the agency', CLOSED: 'Closed' },
  es: { RECEIVED: 'Recibida', UNDER_REVIEW: 'En revisión', REFERRED: 'Remitida a la agencia', CLOSED: 'Cerrada' },
};

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = COMPLAINT_CATEGORY_WORDS.en;
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = COMPLAINT_STATUS_WORDS.en;

/** What a person does to clear each readiness blocker: the words beside the link to where it is fixed. */
export const BLOCKER_FIX_LABELS: Record<BlockerCode, string> = {
  NO_WINDOW: 'Set the start and end of the operation in the plan details',
  WINDOW_STARTED: 'Move the window to the future in the plan details',
  NO_OBJECTIVES: 'Add an objective',
  OBJECTIVE_WITHOUT_CRITERIA: 'Write its success criteria',
  AGENCY_WITHOUT_ROLE: 'Give the agency a role',
  AGENCY_WITHOUT_RESOURCE: 'Record what the agency commits',
  AGENCY_WITHOUT_LEAD: 'Remove the agency from the plan, or have an administrator name its agency lead',
  ROLE_WITHOUT_ASSIGNEE: 'Assign someone to the role',
  REQUIRED_CHECKLIST_OPEN: 'Resolve the checklist item',
  NO_TIMELINE: 'Add a timeline event',
  TIMELINE_DEPENDENCY_OVERLAP: 'Move the event after the one it depends on',
  TIMELINE_OUTSIDE_WINDOW: "Move the event into the plan's window",
  NO_COMMS: 'Add a communications channel',
  OPERATION_TYPE_MISSING: 'Choose the operation type in the plan details',
  AGREEMENT_MISSING: 'Record an agreement in force for the whole window (an administrator does)',
  AGREEMENT_SCOPE: "Extend an agreement's scope to this operation type, or change the type",
  TRAINING_MISSING: "Record the person's training (their agency lead does), or assign someone trained",
  NO_COMMAND_POST: 'Add the command post under Places',
};

/** A label from one of the maps above for a value that may come from outside it (old data): the value itself otherwise. */
export function enumLabel<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (value == null) return '';
  return (labels as Record<string, string>)[value] ?? value;
}
