import type { DebriefFieldsFragment, DebriefInput, IncidentType, Outcome } from '@jointops/web-data';
import { incidentSchema, violationsOf } from '@jointops/domain';
import { fromLocalInput, toLocalInput } from '../timeline/time';
import { zoneClockNow } from '../shared/plan-time';

export const OUTCOMES: readonly Outcome[] = ['MET', 'PARTIALLY_MET', 'NOT_MET', 'NOT_ATTEMPTED'];
/** The words are libs/domain's, so the screen and the PDF export say the same. */
export { INCIDENT_TYPE_LABELS as INCIDENT_LABELS, OUTCOME_LABELS } from '@jointops/domain';

export const INCIDENT_TYPES: readonly IncidentType[] = ['USE_OF_FORCE', 'INJURY', 'CIVIL_RIGHTS_COMPLAINT', 'PROPERTY_DAMAGE', 'DATA_HANDLING', 'SAFETY', 'OTHER'];

export interface DebriefObjective {
  id: string;
  title: string;
  successCriteria?: string;
}

export type IncidentDraft = {
  /** Local key for React lists; not sent. */
  key: string;
  type: IncidentType | '';
  /** datetime-local value. */
  occurredAt: string;
  description: string;
  reportedTo: string;
};

export type DebriefValues = {
  outcomes: Record<string, { outcome: Outcome | ''; notes: string }>;
  incidents: IncidentDraft[];
  strengths: string[];
  improvements: string[];
  narrative: string;
};

export type StepKind = { kind: 'objective'; objective: DebriefObjective; index: number } | { kind: 'incidents' } | { kind: 'strengths' } | { kind: 'improvements' } | { kind: 'narrative' } | { kind: 'review' };

/** One step per objective, then incidents, strengths, improvements, narrative, review. */
export function debriefSteps(objectives: readonly DebriefObjective[]): StepKind[] {
  return [
    ...objectives.map((objective, index) => ({ kind: 'objective' as const, objective, index })),
    { kind: 'incidents' },
    { kind: 'strengths' },
    { kind: 'improvements' },
    { kind: 'narrative' },
    { kind: 'review' },
  ];
}

export function stepLabel(step: StepKind): string {
  switch (step.kind) {
    case 'objective':
      return `Objective ${step.index + 1}`;
    case 'incidents':
      return 'Incidents';
    case 'strengths':
      return 'Strengths';
    case 'improvements':
      return 'Improvements';
    case 'narrative':
      return 'Narrative';
    case 'review':
      return 'Review and submit';
  }
}

let keySeq = 0;
export const newIncident = (): IncidentDraft => ({ key: `incident-${++keySeq}`, type: '', occurredAt: '', description: '', reportedTo: '' });

export function emptyValues(): DebriefValues {
  return { outcomes: {}, incidents: [], strengths: [], improvements: [], narrative: '' };
}

/** The saved debrief as form values (to resume a draft); every objective given has an (empty) outcome. */
export function valuesOf(debrief: DebriefFieldsFragment | null | undefined, objectives: readonly DebriefObjective[], zone: string): DebriefValues {
  const empty = Object.fromEntries(objectives.map((o) => [o.id, { outcome: '' as const, notes: '' }]));
  if (!debrief) return { ...emptyValues(), outcomes: empty };
  return {
    outcomes: { ...empty, ...Object.fromEntries(debrief.outcomes.map((o) => [o.objective.id, { outcome: o.outcome, notes: o.notes }])) },
    incidents: debrief.incidents.map((i) => ({ ...newIncident(), type: i.type, occurredAt: toLocalInput(i.occurredAt, zone), description: i.description, reportedTo: i.reportedTo })),
    strengths: [...debrief.strengths],
    improvements: [...debrief.improvements],
    narrative: debrief.narrative,
  };
}

/** What saveDebrief receives: chosen outcomes only, complete incidents only, non-empty list items. */
/** Incident times are read on the clocks of the plan's zone. */
export function inputOf(values: DebriefValues, objectives: readonly DebriefObjective[], zone: string): DebriefInput {
  const outcomes = objectives.flatMap((o) => {
    const chosen = values.outcomes[o.id];
    return chosen?.outcome ? [{ objectiveId: o.id, outcome: chosen.outcome, notes: (chosen.notes ?? '').trim() }] : [];
  });
  const incidents = values.incidents.flatMap((i) => {
    const at = fromLocalInput(i.occurredAt, zone);
    return i.type && at && i.description.trim() ? [{ type: i.type, occurredAt: at, description: i.description.trim(), reportedTo: i.reportedTo.trim() }] : [];
  });
  const clean = (list: readonly string[]) => list.map((s) => s.trim()).filter(Boolean);
  return { outcomes, incidents, strengths: clean(values.strengths), improvements: clean(values.improvements), narrative: values.narrative.trim() };
}

/** Objectives that still have no outcome: the server refuses submission until there are none. */
export function missingOutcomes(values: DebriefValues, objectives: readonly DebriefObjective[]): DebriefObjective[] {
  return objectives.filter((o) => !values.outcomes[o.id]?.outcome);
}

/**
 * Field errors of the incidents step (checked with the incident rules from `@jointops/domain`),
 * keyed by the form path of the field: `incidents.0.type`.
 */
export function incidentErrors(incidents: readonly IncidentDraft[], zone: string, now = Date.now()): Record<string, string> {
  // The form holds times on the plan zone's clocks: "now" is read on them too.
  const schema = incidentSchema(zoneClockNow(zone, now));
  const errors: Record<string, string> = {};
  incidents.forEach((incident, n) => {
    for (const violation of violationsOf(schema, incident)) errors[`incidents.${n}.${violation.field}`] ??= violation.message;
  });
  return errors;
}
