import type { DebriefFieldsFragment, DebriefInput, IncidentType, Outcome } from '@jointops/web-data';
import { debriefListSchema, debriefNarrativeSchema, debriefOutcomeSchema, incidentSchema, violationsOf, type OperationWindow } from '@jointops/domain';
import { degreesOf } from '../shared/degrees';
import { fromLocalInput, toLocalInput } from '../timeline/time';

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
  /** Where it happened (optional): both or neither, as typed; saved as `location: [lon, lat]`. */
  latitude: string;
  longitude: string;
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
/** The control of one field of an incident in the debrief's form (`key`: the draft incident's). */
export const incidentFieldId = (key: string, field: string): string => `${key}-${field}`;

export const newIncident = (): IncidentDraft => ({ key: `incident-${++keySeq}`, type: '', occurredAt: '', description: '', reportedTo: '', latitude: '', longitude: '' });

/** The incident's `location` ([longitude, latitude]) from the two fields; undefined when both are empty. */
export function locationOf(incident: Pick<IncidentDraft, 'latitude' | 'longitude'>): [number, number] | undefined {
  if (!incident.latitude.trim() && !incident.longitude.trim()) return undefined;
  return [degreesOf(incident.longitude), degreesOf(incident.latitude)];
}

export function emptyValues(): DebriefValues {
  return { outcomes: {}, incidents: [], strengths: [], improvements: [], narrative: '' };
}

/** The saved debrief as form values (to resume a draft); every objective given has an (empty) outcome. */
export function valuesOf(debrief: DebriefFieldsFragment | null | undefined, objectives: readonly DebriefObjective[], zone: string): DebriefValues {
  const empty = Object.fromEntries(objectives.map((o) => [o.id, { outcome: '' as const, notes: '' }]));
  if (!debrief) return { ...emptyValues(), outcomes: empty };
  return {
    outcomes: { ...empty, ...Object.fromEntries(debrief.outcomes.map((o) => [o.objective.id, { outcome: o.outcome, notes: o.notes }])) },
    incidents: debrief.incidents.map((i) => ({
      ...newIncident(),
      ...{ type: i.type, occurredAt: toLocalInput(i.occurredAt, zone), description: i.description, reportedTo: i.reportedTo },
      ...(i.location?.length === 2 ? { longitude: String(i.location[0]), latitude: String(i.location[1]) } : {}),
    })),
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
    if (!i.type || !at || !i.description.trim()) return [];
    const location = locationOf(i);
    return [{ type: i.type, occurredAt: at, description: i.description.trim(), reportedTo: i.reportedTo.trim(), ...(location ? { location } : {}) }];
  });
  const clean = (list: readonly string[]) => list.map((s) => s.trim()).filter(Boolean);
  return { outcomes, incidents, strengths: clean(values.strengths), improvements: clean(values.improvements), narrative: values.narrative.trim() };
}

/** Objectives that still have no outcome: the server refuses submission until there are none. */
export function missingOutcomes(values: DebriefValues, objectives: readonly DebriefObjective[]): DebriefObjective[] {
  return objectives.filter((o) => !values.outcomes[o.id]?.outcome);
}

/** An error of the step being left: the form path it is about, the id of its control, what to do. */
export interface StepError {
  path: string;
  fieldId: string;
  message: string;
}

/**
 * The incident as the shared schema reads it: `datetime-local` as the instant it names, so the rules
 * compare instants (unparseable text is checked as typed), and the two coordinate fields as one
 * `location`, [longitude, latitude].
 */
const asChecked = (incident: IncidentDraft, zone: string) => ({
  type: incident.type,
  occurredAt: fromLocalInput(incident.occurredAt, zone) ?? incident.occurredAt,
  description: incident.description,
  reportedTo: incident.reportedTo,
  location: locationOf(incident),
});

export const LOCATION_BOTH_MESSAGE = 'Enter both latitude and longitude, or neither.';

/** The form field a violation of `location` is about: `location[0]` is the longitude, `location[1]` the latitude. */
const FIELD_OF: Record<string, keyof IncidentDraft> = { 'location[0]': 'longitude', 'location[1]': 'latitude', location: 'latitude' };

/**
 * The errors of the incidents step (the incident rules from `@jointops/domain`: a type, a time not
 * in the future and within the plan's window ±12 hours, a description, and a location in range),
 * one per field. A location needs both fields: only one filled is an error on the other.
 */
export function incidentErrors(incidents: readonly IncidentDraft[], zone: string, window?: OperationWindow | null, now = Date.now()): StepError[] {
  const schema = incidentSchema(now, window);
  return incidents.flatMap((incident, n) => {
    const error = (field: string, message: string): StepError => ({ path: `incidents.${n}.${field}`, fieldId: incidentFieldId(incident.key, field), message });
    const hasLatitude = incident.latitude.trim() !== '';
    const hasLongitude = incident.longitude.trim() !== '';
    const checked = asChecked(incident, zone);
    const errors = violationsOf(schema, hasLatitude === hasLongitude ? checked : { ...checked, location: undefined }).map((violation) => error(FIELD_OF[violation.field] ?? violation.field, violation.message));
    if (hasLatitude !== hasLongitude) errors.push(error(hasLatitude ? 'longitude' : 'latitude', LOCATION_BOTH_MESSAGE));
    return errors;
  });
}

/** The list steps' ids of their textareas (`strength-0`), as ListEditor names them. */
export const LIST_NOUNS = { strengths: 'strength', improvements: 'improvement' } as const;

/**
 * Checks the step being left with the shared debrief schemas. Moving on (`forward`) needs the
 * step complete (an objective's outcome); going back only refuses what could not be saved.
 */
export function stepErrors(step: StepKind, values: DebriefValues, { zone, window, forward, now = Date.now() }: { zone: string; window?: OperationWindow | null; forward: boolean; now?: number }): StepError[] {
  switch (step.kind) {
    case 'objective': {
      const id = step.objective.id;
      const chosen = values.outcomes[id] ?? { outcome: '', notes: '' };
      return violationsOf(debriefOutcomeSchema, chosen)
        .filter((violation) => forward || violation.field !== 'outcome')
        .map((violation) => ({
          path: `outcomes.${id}.${violation.field}`,
          fieldId: violation.field === 'outcome' ? `outcome-${id}-${OUTCOMES[0]}` : `outcome-notes-${id}`,
          message: violation.message,
        }));
    }
    case 'incidents':
      return incidentErrors(values.incidents, zone, window, now);
    case 'strengths':
    case 'improvements': {
      const noun = LIST_NOUNS[step.kind];
      return violationsOf(debriefListSchema(noun[0]!.toUpperCase() + noun.slice(1)), values[step.kind]).map((violation) => {
        const index = Number(/\[(\d+)\]/.exec(violation.field)?.[1] ?? 0);
        return { path: `${step.kind}.${index}`, fieldId: `${noun}-${index}`, message: `${noun[0]!.toUpperCase() + noun.slice(1)} ${index + 1}: ${violation.message}` };
      });
    }
    case 'narrative':
      return violationsOf(debriefNarrativeSchema, values.narrative).map((violation) => ({ path: 'narrative', fieldId: 'debrief-narrative', message: violation.message }));
    case 'review':
      return [];
  }
}

/** Where a resumed draft opens: the furthest step its author reached, within the steps there are. */
export function resumeStep(draft: Pick<DebriefFieldsFragment, 'lastStep'> | null | undefined, stepCount: number): number {
  const last = draft?.lastStep ?? 0;
  return Math.min(Math.max(0, Math.trunc(last)), stepCount - 1);
}
