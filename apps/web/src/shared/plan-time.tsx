import { DEFAULT_TIME_ZONE, formatInZone, timeZoneLabel, toZonedInput, zoneAbbreviation, type ZonedStyle } from '@jointops/domain';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

/**
 * Every time of a plan is shown in the plan's own zone (`Plan.timeZone`), whatever the browser's
 * zone: the workspace provides the zone, and components format with the one formatter of
 * libs/domain (`formatInZone`) through `usePlanTime()`. datetime-local inputs are read and filled
 * in that zone too (`toZonedInput`, `fromZonedInput`).
 */
const PlanTimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

export function PlanTimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <PlanTimeZoneContext.Provider value={zone}>{children}</PlanTimeZoneContext.Provider>;
}

export interface PlanTime {
  zone: string;
  /** "Apr 17, 2027, 6:00 AM EDT"; '' for no time. */
  format: (at: string | Date | null | undefined, style?: ZonedStyle) => string;
  /** "America/New_York (EDT)": the zone, with its abbreviation at `at` (now by default). */
  label: (at?: string | Date) => string;
  /** "Eastern (America/New_York)". */
  name: string;
}

export function planTime(zone: string): PlanTime {
  return {
    zone,
    format: (at, style = 'dateTime') => formatInZone(at, zone, style),
    label: (at = new Date()) => `${zone} (${zoneAbbreviation(at, zone)})`,
    name: timeZoneLabel(zone),
  };
}

/** The plan's zone and formatters bound to it. */
export function usePlanTime(): PlanTime {
  const zone = useContext(PlanTimeZoneContext);
  return useMemo(() => planTime(zone), [zone]);
}

/**
 * "Now" for the shared schemas that check a form's datetime-local value against the present
 * (`activityEntrySchema(now)`, `actualsSchema(now)`, `incidentSchema(now)`). They read the value
 * as the browser reads it, on its own clocks; the form holds it on the plan zone's clocks. Giving
 * them the instant at which the browser's clocks read what the zone's clocks read now makes the
 * comparison one of zone clock with zone clock, whatever the browser's zone.
 */
export function zoneClockNow(zone: string, now: number = Date.now()): number {
  const wall = toZonedInput(now, zone);
  return wall ? Date.parse(wall) + (now % 60_000) : now;
}
