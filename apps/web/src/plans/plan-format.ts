import { formatInZone, formatWindowInZone, fromZonedInput } from '@jointops/domain';

/** "Mar 1, 2027, 9:00 AM EST" in the plan's zone; '' for none; the raw text when it is not a time. */
export function formatDateTime(iso: string | null | undefined, zone: string): string {
  if (!iso) return '';
  return formatInZone(iso, zone) || iso;
}

/** "Mar 1, 2027, 9:00 AM EST – Mar 3, 2027, 5:00 PM EST" in the plan's zone, or "Not set". */
export function formatWindow(startsAt: string | null | undefined, endsAt: string | null | undefined, zone: string): string {
  return formatWindowInZone(startsAt, endsAt, zone);
}

/** A datetime-local value (on the plan zone's clocks) → ISO UTC; '' → null; unparsable → the raw text (so validation reports it). */
export function isoFromLocalInput(local: string, zone: string): string | null {
  if (!local.trim()) return null;
  return fromZonedInput(local, zone) ?? local;
}
