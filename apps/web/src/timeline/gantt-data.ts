import type { IScaleConfig, ITask, ILink } from '@svar-ui/react-gantt';
import { toZonedInput } from '@jointops/domain';
import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import { PHASE_LABELS, PHASES } from './timeline-phases';
import { zoneClockNow } from '../shared/plan-time';

type Event = Pick<TimelineEventFieldsFragment, 'id' | 'title' | 'phase' | 'startsAt' | 'endsAt' | 'dependsOnIds'> &
  Partial<Pick<TimelineEventFieldsFragment, 'actualStartsAt' | 'actualEndsAt' | 'place'>>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const phaseTaskId = (phase: string) => `phase:${phase}`;

/**
 * SVAR draws in the browser's local time. To draw on the plan zone's clocks whatever the browser's
 * zone, each time is moved to the instant at which the local clock reads what the zone's clock
 * reads then (06:00 EDT becomes 06:00 local). "Now" must be moved the same way.
 */
export function onZoneClock<T extends string | null | undefined>(iso: T, zone: string): T {
  if (!iso) return iso;
  const wall = toZonedInput(iso, zone);
  return (wall ? new Date(wall).toISOString() : iso) as T;
}

/** An event's row and bar: its title, and the name of its place when it names one ("Staging · Lot B"). */
export function taskText(event: Pick<Event, 'title' | 'place'>, placeName?: (id: string) => string | undefined): string {
  const place = event.place && placeName ? placeName(event.place.id) : undefined;
  return place ? `${event.title} · ${place}` : event.title;
}

/**
 * One summary row per phase (in the contract's order) with that phase's events under it.
 * `placeName` names an event's place from the plan's places (one lookup per event); `now`, on the
 * events' clocks, ends an actual still under way.
 */
export function ganttTasks(events: readonly Event[], placeName?: (id: string) => string | undefined, now = Date.now()): ITask[] {
  const tasks: ITask[] = [];
  for (const phase of PHASES) {
    const inPhase = events.filter((e) => e.phase === phase);
    if (inPhase.length === 0) continue;
    const start = Math.min(...inPhase.map((e) => Date.parse(e.startsAt)));
    const end = Math.max(...inPhase.map((e) => Date.parse(e.endsAt)));
    tasks.push({ id: phaseTaskId(phase), text: PHASE_LABELS[phase], type: 'summary', start: new Date(start), end: new Date(end), open: true, progress: 0 });
    for (const e of inPhase) {
      const s = Date.parse(e.startsAt);
      // A zero-length event still gets a visible sliver.
      const f = Math.max(Date.parse(e.endsAt), s + HOUR / 4);
      tasks.push({ id: e.id, text: taskText(e, placeName), type: 'task', parent: phaseTaskId(phase), start: new Date(s), end: new Date(f), progress: 0 });
      const actual = actualBar(e, now);
      if (actual) tasks.push({ id: actualTaskId(e.id), text: `${e.title} (actual)`, type: 'task', parent: phaseTaskId(phase), ...actual, progress: 0 });
    }
  }
  return tasks;
}

export const actualTaskId = (eventId: string) => `actual:${eventId}`;

/** ganttTasks of events already on `zone`'s clocks (onZoneClock): an actual under way runs to now read on the same clocks. */
export function ganttTasksOnZoneClock(events: readonly Event[], zone: string, placeName?: (id: string) => string | undefined, now = Date.now()): ITask[] {
  return ganttTasks(events, placeName, zoneClockNow(zone, now));
}

/**
 * The recorded actuals as a row of their own right under the planned one (SVAR's baselines are a
 * PRO feature: the free store turns them off), styled apart by its `actual:` id (timeline.css).
 * Only a start recorded: the bar runs to now (still going), at least a sliver.
 */
export function actualBar(e: Pick<Event, 'actualStartsAt' | 'actualEndsAt'>, now = Date.now()): { start: Date; end: Date } | null {
  if (!e.actualStartsAt) return null;
  const s = Date.parse(e.actualStartsAt);
  const end = e.actualEndsAt ? Date.parse(e.actualEndsAt) : Math.max(now, s);
  return { start: new Date(s), end: new Date(Math.max(end, s + HOUR / 4)) };
}

/** Finish-to-start arrows from each dependency to its dependant. */
export function ganttLinks(events: readonly Event[]): ILink[] {
  const ids = new Set(events.map((e) => e.id));
  return events.flatMap((e) => e.dependsOnIds.filter((id) => ids.has(id)).map((id) => ({ id: `${id}>${e.id}`, source: id, target: e.id, type: 'e2s' as const })));
}

export interface GanttRange {
  start: Date;
  end: Date;
  scales: IScaleConfig[];
  cellWidth: number;
  lengthUnit: 'minute' | 'hour' | 'day';
  /** Width of the time area in pixels: cells of the finest scale times cellWidth. */
  width: number;
}

// The app's English, as every other date and time it writes (formatInZone), whatever the browser's language.
const dayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'short' });
const hourFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric' });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' });

/** The visible range: the plan window and every event, padded to whole hours; hours within days. */
export function ganttRange(events: readonly Event[], windowStart: string | null, windowEnd: string | null): GanttRange {
  const points = [...events.flatMap((e) => [Date.parse(e.startsAt), Date.parse(e.endsAt), ...[e.actualStartsAt, e.actualEndsAt].filter((a): a is string => !!a).map(Date.parse)]), ...[windowStart, windowEnd].filter((w): w is string => !!w).map(Date.parse)];
  const now = Date.now();
  const min = points.length ? Math.min(...points) : now;
  const max = points.length ? Math.max(...points) : now + DAY;
  const start = new Date(min - HOUR);
  start.setMinutes(0, 0, 0);
  const end = new Date(max + HOUR);
  end.setMinutes(0, 0, 0);
  const span = end.getTime() - start.getTime();
  const day: IScaleConfig = { unit: 'day', step: 1, format: (d: Date) => dayFormat.format(d) };
  const hours = (step: number): IScaleConfig => ({ unit: 'hour', step, format: (d: Date) => hourFormat.format(d) });
  const result = (scales: IScaleConfig[], cellWidth: number, lengthUnit: GanttRange['lengthUnit'], cell: number): GanttRange => ({
    start,
    end,
    scales,
    cellWidth,
    lengthUnit,
    width: Math.ceil(span / cell) * cellWidth,
  });
  if (span <= 2 * DAY) return result([day, hours(1)], 44, 'minute', HOUR);
  if (span <= 7 * DAY) return result([day, hours(3)], 48, 'minute', 3 * HOUR);
  if (span <= 31 * DAY) return result([day, hours(12)], 48, 'hour', 12 * HOUR);
  return result([{ unit: 'month', step: 1, format: (d: Date) => monthFormat.format(d) }, { unit: 'day', step: 1, format: (d: Date) => String(d.getDate()) }], 32, 'day', DAY);
}

/** Shades the hours (or days) outside the plan's window with the chart's "holiday" style. */
export function outsideWindow(windowStart: string | null, windowEnd: string | null) {
  if (!windowStart || !windowEnd) return undefined;
  const from = Date.parse(windowStart);
  const to = Date.parse(windowEnd);
  return (date: Date, unit: 'day' | 'hour') => {
    const cellEnd = date.getTime() + (unit === 'hour' ? HOUR : DAY);
    return cellEnd <= from || date.getTime() >= to ? 'wx-weekend' : '';
  };
}
