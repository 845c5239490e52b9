const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTime.format(time);
}

/** "Mar 1, 2027, 9:00 AM – Mar 3, 2027, 5:00 PM", or "Not set". */
export function formatWindow(startsAt: string | null | undefined, endsAt: string | null | undefined): string {
  if (!startsAt && !endsAt) return 'Not set';
  return `${startsAt ? formatDateTime(startsAt) : '…'} – ${endsAt ? formatDateTime(endsAt) : '…'}`;
}

/** A datetime-local value (local time) → ISO UTC; '' → null; unparsable → the raw text (so validation reports it). */
export function isoFromLocalInput(local: string): string | null {
  if (!local.trim()) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}
