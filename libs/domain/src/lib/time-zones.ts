/**
 * A plan's times are shown and printed in the plan's own IANA time zone (`Plan.timeZone`), never
 * in the viewer's browser zone nor at a fixed offset: the zone's rules for each date decide the
 * offset and the abbreviation (EDT in June, EST in January). The web and the PDF exports format
 * every plan time with these functions, so the screen and the paper say the same thing.
 */

export const DEFAULT_TIME_ZONE = 'America/New_York';

/** The zones a U.S. plan is usually in, offered first wherever a zone is picked. */
export const COMMON_US_TIME_ZONES: ReadonlyArray<{ zone: string; label: string }> = [
  { zone: 'America/New_York', label: 'Eastern (America/New_York)' },
  { zone: 'America/Chicago', label: 'Central (America/Chicago)' },
  { zone: 'America/Denver', label: 'Mountain (America/Denver)' },
  { zone: 'America/Phoenix', label: 'Arizona, no daylight time (America/Phoenix)' },
  { zone: 'America/Los_Angeles', label: 'Pacific (America/Los_Angeles)' },
  { zone: 'America/Anchorage', label: 'Alaska (America/Anchorage)' },
  { zone: 'Pacific/Honolulu', label: 'Hawaii (Pacific/Honolulu)' },
  { zone: 'America/Puerto_Rico', label: 'Atlantic (America/Puerto_Rico)' },
  { zone: 'Pacific/Guam', label: 'Chamorro (Pacific/Guam)' },
  { zone: 'UTC', label: 'Coordinated Universal Time (UTC)' },
];

/** IANA names: letters first, then letters, digits, `_`, `-`, `+` and `/` (no "+05:00" offsets). */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone, option set and locale: building an Intl.DateTimeFormat is slow. */
function formatter(zone: string, key: string, options: Intl.DateTimeFormatOptions, locale = 'en-US'): Intl.DateTimeFormat {
  const id = `${zone}|${key}|${locale}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(id, format);
  }
  return format;
}

/** The zone's canonical spelling (`america/chicago` → `America/Chicago`), or null when it is not an IANA zone. */
export function canonicalTimeZone(zone: unknown): string | null {
  if (typeof zone !== 'string' || !ZONE_NAME.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isTimeZone(zone: unknown): zone is string {
  return canonicalTimeZone(zone) !== null;
}

/** Every IANA zone this runtime knows, the common U.S. ones excluded (they are offered first). */
export function otherTimeZones(): string[] {
  const common = new Set(COMMON_US_TIME_ZONES.map((entry) => entry.zone));
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.filter((zone) => !common.has(zone));
}

/** "Eastern (America/New_York)" for a common zone, the IANA name otherwise. */
export function timeZoneLabel(zone: string): string {
  return COMMON_US_TIME_ZONES.find((entry) => entry.zone === zone)?.label ?? zone;
}

type Instant = Date | string | number;

function toDate(value: Instant): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The date and time the zone's clocks show at `date`. */
function wallClock(date: Date, zone: string): WallClock {
  const parts = formatter(zone, 'parts', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour') % 24, minute: value('minute'), second: value('second') };
}

/** Minutes the zone is ahead of UTC at `date` (-240 for New York in June, -300 in January). */
export function zoneOffsetMinutes(date: Instant, zone: string): number {
  const at = toDate(date);
  if (!at) return 0;
  const wall = wallClock(at, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The zone's abbreviation on that date: "EDT" in June and "EST" in January for America/New_York; "UTC". */
export function zoneAbbreviation(date: Instant, zone: string): string {
  const at = toDate(date);
  if (!at) return '';
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  return formatter(zone, 'abbr', { timeZoneName: 'short' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

export type ZonedStyle =
  /** "Apr 17, 2027, 6:00 AM EDT" (screens) */
  | 'dateTime'
  /** "April 17, 2027 at 6:00 AM EDT" (sentences for the public; "17 de abril de 2027 a las 6:00 a.m. EDT" in es-US) */
  | 'long'
  /** "Apr 17, 2027" */
  | 'date'
  /** "6:00 AM EDT" */
  | 'time'
  /** "2027-04-17 06:00 EDT" (PDFs and tables that sort) */
  | 'iso'
  /** "2027-04-17" */
  | 'isoDate';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A plan time in the plan's zone, with the zone's abbreviation for that date. '' for no or an
 * invalid time. `locale` words the date and time (the public pages speak Spanish too); the
 * abbreviation is the same in every language.
 */
export function formatInZone(date: Instant | null | undefined, zone: string, style: ZonedStyle = 'dateTime', locale = 'en-US'): string {
  if (date === null || date === undefined || date === '') return '';
  const at = toDate(date);
  if (!at) return '';
  const abbr = zoneAbbreviation(at, zone);
  switch (style) {
    case 'dateTime':
      return `${formatter(zone, 'dateTime', { dateStyle: 'medium', timeStyle: 'short' }, locale).format(at)} ${abbr}`;
    case 'long':
      return `${formatter(zone, 'long', { dateStyle: 'long', timeStyle: 'short' }, locale).format(at)} ${abbr}`;
    case 'date':
      return formatter(zone, 'date', { dateStyle: 'medium' }, locale).format(at);
    case 'time':
      return `${formatter(zone, 'time', { timeStyle: 'short' }, locale).format(at)} ${abbr}`;
    case 'iso':
    case 'isoDate': {
      const wall = wallClock(at, zone);
      const day = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
      return style === 'isoDate' ? day : `${day} ${pad(wall.hour)}:${pad(wall.minute)} ${abbr}`;
    }
  }
}

/** "Apr 17, 2027, 6:00 AM EDT – Apr 17, 2027, 6:00 PM EDT", "… – …" for a missing end, or "Not set". */
export function formatWindowInZone(startsAt: Instant | null | undefined, endsAt: Instant | null | undefined, zone: string): string {
  const start = formatInZone(startsAt, zone);
  const end = formatInZone(endsAt, zone);
  if (!start && !end) return 'Not set';
  return `${start || '…'} – ${end || '…'}`;
}

/**
 * The value of an `<input type="datetime-local">` showing `date` on the zone's clocks
 * ("2027-04-17T06:00"), whatever the browser's own zone. '' for no or an invalid time.
 */
export function toZonedInput(date: Instant | null | undefined, zone: string): string {
  if (date === null || date === undefined || date === '') return '';
  const at = toDate(date);
  if (!at) return '';
  const wall = wallClock(at, zone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * The instant a `datetime-local` value means on the zone's clocks, as an ISO string in UTC; null
 * when the value is empty or not a date and time. A time the zone skips (02:30 on the night clocks
 * go forward) is read with the offset before the change, so it lands after the gap (03:30 EDT); a
 * time the zone shows twice (01:30 on the night clocks go back) is the first of the two.
 */
export function fromZonedInput(value: string | null | undefined, zone: string): string | null {
  const match = LOCAL_INPUT.exec(value?.trim() ?? '');
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part)));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 2027-02-30 over into March: such a value is not a date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const DAY = 86_400_000;
  const before = zoneOffsetMinutes(wall - DAY, zone);
  const after = zoneOffsetMinutes(wall + DAY, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => wall - zoneOffsetMinutes(instant, zone) * 60_000 === instant)
    .sort((a, b) => a - b);
  const instant = candidates[0] ?? wall - before * 60_000;
  return new Date(instant).toISOString();
}
