import { PLAN_PARTS } from '@jointops/domain';
import type { PlanEventLogQuery } from '@jointops/web-data';
import { mergeFeed } from '../events/activity-feed';
import { actorOf, describeAction } from '../events/describe-event';
import { toCsv } from '../shared/csv';

export type LogEvent = NonNullable<PlanEventLogQuery['plan']>['events'][number];

/** What an event did, for the "Action" filter. */
export const EVENT_ACTIONS = ['ADDED', 'CHANGED', 'REMOVED', 'OTHER'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];
export const EVENT_ACTION_LABELS: Record<EventAction, string> = {
  ADDED: 'Added or created',
  CHANGED: 'Changed',
  REMOVED: 'Removed',
  OTHER: 'Reviews, sign-offs and other steps',
};

/** What an event is about, for the "What" filter and the CSV. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  PLAN: 'Plan',
  ...Object.fromEntries(PLAN_PARTS.map((part) => [part.entityType, part.noun])),
  APPROVAL: 'Approval',
  ACTIVITY_ENTRY: 'Activity log entry',
  DEBRIEF: 'Debrief',
  AFTER_ACTION_REPORT: 'After-action report',
  CORRECTIVE_ACTION: 'Corrective action',
};

export const entityTypeLabel = (entityType: string) => ENTITY_TYPE_LABELS[entityType] ?? entityType;

export function actionOf(type: string): EventAction {
  if (type.endsWith('_ADDED') || type.endsWith('_CREATED')) return 'ADDED';
  if (type.endsWith('_REMOVED')) return 'REMOVED';
  if (type.endsWith('_UPDATED')) return 'CHANGED';
  return 'OTHER';
}

/** One event of the log as oversight reads it. */
export interface EventLogRow {
  seq: number;
  at: string;
  actorId: string;
  /** `Dana Whitfield (NCSHP)`. */
  actor: string;
  /** `changed the title of Objective 2 "…" from "…" to "…"`, its quotes cut to read as one line. */
  description: string;
  /** The same with every quoted word (the CSV, and what the text filter searches). */
  fullDescription: string;
  type: string;
  entityType: string;
  entityId: string;
  action: EventAction;
  revision: number;
  hash: string;
  /** Everything the text filter searches, in lower case, made once per event. */
  searchText: string;
}

/**
 * Rows already made, by event: an event's row never changes (its previous snapshot is an earlier
 * event's), so a log that grows a page or a live event at a time describes each event once.
 */
const rowOf = new WeakMap<LogEvent, EventLogRow>();

/**
 * The log, oldest first, each event in words: the same describer as the Activity feed, with the
 * entity's previous snapshot from the log itself, so a change says what it changed from.
 */
export function eventLogRows(events: readonly LogEvent[]): EventLogRow[] {
  return mergeFeed(events, [])
    .reverse()
    .map(({ event, previous }) => {
      const logEvent = event as LogEvent;
      const known = rowOf.get(logEvent);
      if (known) return known;
      const actor = actorOf(event);
      const fullDescription = describeAction(event, previous, { full: true });
      const row: EventLogRow = {
        seq: event.seq,
        at: event.at,
        actorId: event.actor.id,
        actor,
        description: describeAction(event, previous),
        fullDescription,
        type: event.type,
        entityType: event.entityType,
        entityId: event.entityId,
        action: actionOf(event.type),
        revision: event.revision,
        hash: logEvent.hash,
        searchText: `${actor} ${fullDescription} ${entityTypeLabel(event.entityType)} ${event.type} ${event.entityId} ${logEvent.hash}`.toLowerCase(),
      };
      rowOf.set(logEvent, row);
      return row;
    });
}

export interface EventLogFilters {
  actorId: string;
  entityType: string;
  action: string;
  /** YYYY-MM-DD, inclusive, in the browser's calendar; '' for open. */
  from: string;
  to: string;
  text: string;
}

export const NO_FILTERS: EventLogFilters = { actorId: '', entityType: '', action: '', from: '', to: '', text: '' };

/** The calendar day of an instant where the reader is (what the date filter compares). */
export function dayOf(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function filterEventLog(rows: readonly EventLogRow[], filters: EventLogFilters): EventLogRow[] {
  const words = filters.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filters.actorId && row.actorId !== filters.actorId) return false;
    if (filters.entityType && row.entityType !== filters.entityType) return false;
    if (filters.action && row.action !== filters.action) return false;
    if (filters.from || filters.to) {
      const day = dayOf(row.at);
      if ((filters.from && day < filters.from) || (filters.to && day > filters.to)) return false;
    }
    if (words.length === 0) return true;
    return words.every((word) => row.searchText.includes(word));
  });
}

export function filtersError(filters: EventLogFilters): string | null {
  return filters.from && filters.to && filters.from > filters.to ? 'The start date must be on or before the end date.' : null;
}

/** The rows as a CSV file: the whole sentence, and the raw fields an investigator may need. */
export function eventLogCsv(rows: readonly EventLogRow[]): string {
  return toCsv(
    ['Seq', 'Time (UTC)', 'Who', 'Event', 'What', 'Action', 'Event type', 'Entity ID', 'Revision', 'Hash'],
    rows.map((row) => [row.seq, row.at, row.actor, `${row.actor} ${row.fullDescription}`, entityTypeLabel(row.entityType), EVENT_ACTION_LABELS[row.action], row.type, row.entityId, row.revision, row.hash]),
  );
}
